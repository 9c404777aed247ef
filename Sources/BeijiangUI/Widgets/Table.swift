/// A column of a table: heading, width rule and alignment.
public struct TableColumn: Sendable, Equatable {
  public enum Width: Sendable, Equatable {
    /// Exactly n columns.
    case fixed(Int)
    /// As wide as the widest cell or heading, at most `max`.
    case content(max: Int)
    /// Shares the space left by the other columns, at least `min`.
    case fill(min: Int)
  }

  public var title: String
  public var width: Width
  public var alignment: Alignment

  public init(_ title: String, width: Width = .fill(min: 4), alignment: Alignment = .left) {
    self.title = title
    self.width = width
    self.alignment = alignment
  }
}

/// What a table shows: columns, rows of cell texts, the selected row and the scroll offset the app
/// keeps between frames.
public struct TableData: Sendable, Equatable {
  public var columns: [TableColumn]
  public var rows: [[String]]
  public var selected: Int?
  public var offset: Int

  public init(columns: [TableColumn], rows: [[String]], selected: Int? = nil, offset: Int = 0) {
    self.columns = columns
    self.rows = rows
    self.selected = selected
    self.offset = offset
  }
}

/// Where a drawn table put things: the offset actually used (store it back in the state), and the
/// rectangle of each visible row for mouse clicks.
public struct TableLayout: Sendable, Equatable {
  public var offset: Int
  public var rowRects: [RowRect]
  public var columnWidths: [Int]

  /// The data row under (x, y).
  public func row(at x: Int, _ y: Int) -> Int? { rowRects.first { $0.rect.contains(x: x, y: y) }?.row }
}

public enum Table {
  /// Draws a heading row and as many rows as fit, scrolled so the selection is visible.
  @discardableResult
  public static func draw(_ data: TableData, area: Rect, buffer: inout Buffer, theme: Theme) -> TableLayout {
    guard !area.isEmpty, !data.columns.isEmpty else {
      return TableLayout(offset: data.offset, rowRects: [], columnWidths: [])
    }
    let widths = columnWidths(data, available: area.width, buffer: buffer)
    drawRow(
      data.columns.map(\.title), widths: widths, data: data, y: area.y, area: area, style: theme.header,
      ellipsis: theme.glyphs.ellipsis, buffer: &buffer)
    let visible = area.height - 1
    let offset = scrollOffset(
      selected: data.selected, offset: data.offset, visibleRows: visible, rowCount: data.rows.count)
    var rects: [RowRect] = []
    for line in 0..<max(0, visible) {
      let index = offset + line
      guard index < data.rows.count else { break }
      let rowRect = area.row(line + 1)
      let isSelected = index == data.selected
      let style = isSelected ? theme.selection : theme.base
      if isSelected { buffer.fill(rowRect, style: style) }
      drawRow(
        data.rows[index], widths: widths, data: data, y: rowRect.y, area: area, style: style,
        ellipsis: theme.glyphs.ellipsis, buffer: &buffer)
      rects.append(RowRect(row: index, rect: rowRect))
    }
    return TableLayout(offset: offset, rowRects: rects, columnWidths: widths)
  }

  /// The first row to show so that `selected` is visible, moving as little as possible from `offset`.
  public static func scrollOffset(selected: Int?, offset: Int, visibleRows: Int, rowCount: Int) -> Int {
    guard visibleRows > 0, rowCount > 0 else { return 0 }
    var result = min(max(0, offset), max(0, rowCount - visibleRows))
    if let selected {
      if selected < result { result = selected }
      if selected >= result + visibleRows { result = selected - visibleRows + 1 }
    }
    return max(0, result)
  }

  /// Widths for each column in `available` columns, one space between columns.
  static func columnWidths(_ data: TableData, available: Int, buffer: Buffer) -> [Int] {
    let gaps = data.columns.count - 1
    var widths = data.columns.enumerated().map { index, column -> Int in
      switch column.width {
      case .fixed(let n): return n
      case .fill(let minimum): return minimum
      case .content(let maximum):
        let cells = data.rows.map { index < $0.count ? buffer.measure($0[index]) : 0 }
        return min(maximum, max(buffer.measure(column.title), cells.max() ?? 0))
      }
    }
    let fills = data.columns.indices.filter {
      if case .fill = data.columns[$0].width { return true } else { return false }
    }
    var spare = available - gaps - widths.reduce(0, +)
    if spare > 0 && !fills.isEmpty {
      for (order, index) in fills.enumerated() {
        widths[index] += spare / fills.count + (order < spare % fills.count ? 1 : 0)
      }
      spare = 0
    }
    // Too narrow: take from the widest columns first so short columns (numbers, units) survive.
    while spare < 0, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > 0 {
      widths[widest] -= 1
      spare += 1
    }
    return widths
  }

  /// Clears the row, then writes each cell at its aligned position: no padded strings are built, which
  /// keeps a 40-row table cheap to draw every frame.
  private static func drawRow(
    _ cells: [String], widths: [Int], data: TableData, y: Int, area: Rect, style: Style, ellipsis: String,
    buffer: inout Buffer
  ) {
    buffer.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: style)
    var x = area.x
    for (index, width) in widths.enumerated() {
      defer { x += width + 1 }
      guard index < cells.count, width > 0 else { continue }
      var text = cells[index]
      var textWidth = buffer.measure(text)
      if textWidth > width {
        text = DisplayWidth.truncate(text, to: width, ellipsis: ellipsis, policy: buffer.policy)
        textWidth = buffer.measure(text)
      }
      let gap = width - textWidth
      let offset: Int
      switch data.columns[index].alignment {
      case .left: offset = 0
      case .right: offset = gap
      case .center: offset = gap / 2
      }
      buffer.put(text, x: x + offset, y: y, style: style, clipWidth: width - offset, within: area)
    }
  }
}

/// Where data row `row` was drawn.
public struct RowRect: Sendable, Equatable {
  public var row: Int
  public var rect: Rect
}
