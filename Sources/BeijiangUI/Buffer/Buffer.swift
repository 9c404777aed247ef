/// A grid of cells that frames are drawn into before anything reaches the terminal.
///
/// Widgets write here; the terminal backend sends whole changed rows. The buffer owns the wide-glyph
/// rules: a two-column glyph is a cell plus a continuation cell, never split at an edge (a space is
/// drawn instead), and overwriting either half of one blanks the other half.
public struct Buffer: Sendable, Equatable {
  public let width: Int
  public let height: Int
  /// How ambiguous-width characters are counted; widgets measure with the same policy.
  public let policy: WidthPolicy
  public private(set) var cells: [Cell]

  public init(width: Int, height: Int, policy: WidthPolicy = .standard, fill: Cell = .blank) {
    self.width = max(0, width)
    self.height = max(0, height)
    self.policy = policy
    cells = Array(repeating: fill, count: self.width * self.height)
  }

  public var area: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
  }

  /// Display width of `text` as this buffer will draw it.
  public func measure(_ text: some StringProtocol) -> Int { DisplayWidth.of(text, policy: policy) }

  /// Writes `text` on row `y` from column `x`, within `clip` (the whole buffer by default) and at most
  /// `clipWidth` columns. Unprintable characters become U+FFFD; a wide glyph that does not fit is
  /// replaced by a space. Returns the column after the last one written.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, clipWidth: Int? = nil,
    within clip: Rect? = nil
  ) -> Int {
    let bounds = (clip ?? area).intersection(area)
    guard y >= bounds.y, y < bounds.bottom, !bounds.isEmpty else { return x }
    let limit = min(bounds.right, clipWidth.map { x + max(0, $0) } ?? Int.max)
    var column = x
    var lastWritten: Int? = nil
    for raw in text.unicodeScalars {
      guard let (scalar, glyphWidth) = DisplayWidth.glyph(raw, policy: policy) else { continue }
      if glyphWidth == 0 {
        if let last = lastWritten { appendZeroWidth(scalar, at: last, y: y) }
        continue
      }
      if column + glyphWidth > limit {
        if column < limit && column >= bounds.x { setCell(Cell(" ", style: style), x: column, y: y) }
        return min(column + glyphWidth, limit)
      }
      if column >= bounds.x {
        setGlyph(scalar, width: glyphWidth, style: style, x: column, y: y)
        lastWritten = column
      } else if column + glyphWidth > bounds.x {
        // The left half is outside the clip: show a space for the visible right half.
        setCell(Cell(" ", style: style), x: bounds.x, y: y)
        lastWritten = nil
      }
      column += glyphWidth
    }
    return column
  }

  /// Fills `rect` (clipped to the buffer) with `character` in `style`.
  public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = .plain) {
    let target = rect.intersection(area)
    guard !target.isEmpty else { return }
    let glyph = String(character)
    let glyphWidth = measure(glyph)
    let cell = Cell(TextSanitizer.sanitize(glyph), style: style)
    for y in target.y..<target.bottom {
      if glyphWidth == 1 {
        // Only the cells at the rect's edges can be halves of wide glyphs that straddle it.
        setCell(cell, x: target.x, y: y)
        setCell(cell, x: target.right - 1, y: y)
        let row = y * width
        for x in (target.x + 1)..<max(target.x + 1, target.right - 1) { cells[row + x] = cell }
      } else {
        put(String(repeating: glyph, count: target.width), x: target.x, y: y, style: style, within: target)
      }
    }
  }

  /// Replaces the style of every cell in `rect`, keeping the text (e.g. to mark a selected row).
  public mutating func setStyle(_ style: Style, in rect: Rect) {
    updateCells(in: rect) { $0.style = style }
  }

  /// Lays `style` over the cells in `rect` (see `Style.patched`).
  public mutating func patchStyle(_ style: Style, in rect: Rect) {
    updateCells(in: rect) { $0.style = $0.style.patched(with: style) }
  }

  /// Copies `other` into this buffer with its top-left corner at (x, y), clipped; wide glyphs cut by
  /// the right edge become spaces.
  public mutating func blit(_ other: Buffer, x originX: Int, y originY: Int) {
    for y in 0..<other.height {
      var x = 0
      while x < other.width {
        let cell = other[x, y]
        let cellWidth = (x + 1 < other.width && other[x + 1, y].isContinuation) ? 2 : 1
        if !cell.isContinuation {
          put(cell.text, x: originX + x, y: originY + y, style: cell.style)
        }
        x += cellWidth
      }
    }
  }

  // MARK: - Reading

  /// Row `y` as plain text: each glyph once, continuation cells skipped.
  public func row(_ y: Int) -> String {
    var line = ""
    for x in 0..<width where !self[x, y].isContinuation { line += self[x, y].text }
    return line
  }

  /// Every row as plain text, for golden tests and plain output.
  public var rows: [String] { (0..<height).map(row) }

  /// Rows whose cells differ from `previous`; every row when there is no previous frame or its size
  /// differs.
  public func changedRows(since previous: Buffer?) -> [Int] {
    guard let previous, previous.width == width, previous.height == height, previous.policy == policy
    else { return Array(0..<height) }
    return cells.withUnsafeBufferPointer { current in
      previous.cells.withUnsafeBufferPointer { old in
        (0..<height).filter { y in
          let start = y * width
          for index in start..<(start + width) where current[index] != old[index] { return true }
          return false
        }
      }
    }
  }

  // MARK: - Cell writes that keep wide glyphs whole

  private mutating func setGlyph(
    _ scalar: Unicode.Scalar, width glyphWidth: Int, style: Style, x: Int, y: Int
  ) {
    setCell(Cell(scalar: scalar, style: style), x: x, y: y)
    if glyphWidth == 2 { setCell(.continuation(style), x: x + 1, y: y) }
  }

  /// Writes one cell, first blanking the other half of any wide glyph it overwrites.
  @inline(__always)
  private mutating func setCell(_ cell: Cell, x: Int, y: Int) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    let index = y * width + x
    if cells[index].isContinuation && x > 0 && !cell.isContinuation {
      cells[index - 1] = Cell(" ", style: cells[index - 1].style)
    }
    if x + 1 < width && cells[index + 1].isContinuation {
      cells[index + 1] = Cell(" ", style: cells[index + 1].style)
    }
    cells[index] = cell
  }

  private mutating func appendZeroWidth(_ scalar: Unicode.Scalar, at x: Int, y: Int) {
    cells[y * width + x].appendMark(scalar)
  }

  private mutating func updateCells(in rect: Rect, _ change: (inout Cell) -> Void) {
    let target = rect.intersection(area)
    guard !target.isEmpty else { return }
    for y in target.y..<target.bottom {
      for x in target.x..<target.right { change(&cells[y * width + x]) }
    }
  }
}
