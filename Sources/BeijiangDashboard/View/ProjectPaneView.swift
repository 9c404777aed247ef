import BeijiangModel
import BeijiangUI

/// A project pane: key figures on top, a tab row of its lists, the focused list, and a context
/// panel (the selected row's source sentence, a comparison chart, a gauge towards a target).
enum ProjectPaneView {
  /// Where the pane drew its clickable parts.
  struct Hits {
    var listTabs: [(ProjectList, Rect)] = []
    var rows: [RowRect] = []
  }

  @discardableResult
  static func draw(_ state: DashboardState, area: Rect, stacked: Bool, buffer: inout Buffer) -> Hits {
    let layout = ProjectPaneLayout(body: area, stacked: stacked)
    drawKeyFigures(state, layout: layout, buffer: &buffer)
    var hits = Hits(listTabs: drawListTabs(state, area: layout.listTabs, buffer: &buffer))
    let theme = state.theme
    let table = state.table(state.focus, pane: state.pane)
    var title = state.text(state.focus.stringID)
    // Where the selection is, when the list is longer than its box (13/54).
    if let selected = table.selected, table.rows.count > layout.list.height - 3 {
      title += " \(selected + 1)/\(table.rows.count)"
    }
    let inner = Box.draw(title: title, area: layout.list, buffer: &buffer, theme: theme, focused: true)
    if table.rows.isEmpty {
      let filtered = state.focus == .metrics && (state.dimensionFilter != nil || state.targetsOnly)
      Label.draw(
        state.text(filtered ? "pane.filteredEmpty" : "pane.empty"), x: inner.x, y: inner.y, area: inner,
        style: theme.muted, buffer: &buffer, theme: theme)
    } else {
      hits.rows = Table.draw(table, area: inner, buffer: &buffer, theme: theme).rowRects
    }
    ContextPanel.draw(state, area: layout.context, buffer: &buffer)
    return hits
  }

  /// The pane's top figures: cards titled by what each measures, the value large, the role below;
  /// one line when space is short.
  static func drawKeyFigures(_ state: DashboardState, layout: ProjectPaneLayout, buffer: inout Buffer) {
    let theme = state.theme
    let area = layout.keyFigures
    let figures = state.paneFigures()
    guard area.height > 1 else {
      let line = figures.map { "\(state.spoken($0)) \(state.about($0))" }.joined(
        separator: "  \(theme.glyphs.separator)  ")
      Label.draw(
        line.isEmpty ? state.text("overview.none") : line, x: area.x, y: area.y, area: area,
        style: line.isEmpty ? theme.muted : theme.emphasis, buffer: &buffer, theme: theme)
      return
    }
    guard !figures.isEmpty else {
      let inner = Box.draw(title: state.text("pane.keyFigures"), area: area, buffer: &buffer, theme: theme)
      Label.draw(
        state.text("overview.none"), x: inner.x, y: inner.y, area: inner, style: theme.muted, buffer: &buffer,
        theme: theme)
      return
    }
    let cards = Layout.split(area, .horizontal, Array(repeating: .fill, count: figures.count), spacing: 1)
    for (figure, card) in zip(figures, cards) {
      let inner = Box.draw(title: state.about(figure), area: card, buffer: &buffer, theme: theme)
      var row = inner.y
      if layout.bigFigures,
        drawBigValue(state.figureParts(figure), area: inner, buffer: &buffer, theme: theme)
      {
        row += 3
      } else {
        Label.draw(
          state.spoken(figure), x: inner.x, y: row, area: inner, style: theme.emphasis, buffer: &buffer,
          theme: theme)
        row += 1
      }
      Label.draw(
        state.roleText(figure), x: inner.x, y: row, area: inner, style: theme.muted, buffer: &buffer,
        theme: theme)
    }
  }

  /// The leading digits of a figure in block digits and the rest (万平方米, %) beside their baseline;
  /// false when they do not fit, so the caller writes the figure as text.
  static func drawBigValue(
    _ parts: (digits: String, rest: String), area: Rect, buffer: inout Buffer, theme: Theme
  ) -> Bool {
    let (digits, rest) = parts
    guard !digits.isEmpty, area.height >= 4 else { return false }
    let rendered = BigDigits.render(digits, size: .three, ascii: theme.glyphs == .ascii)
    guard let width = rendered.first.map(buffer.measure), width + 1 + buffer.measure(rest) <= area.width
    else {
      return false
    }
    BigDigits.draw(digits, size: .three, area: area, buffer: &buffer, theme: theme)
    buffer.put(rest, x: area.x + width + 1, y: area.y + 2, style: theme.emphasis, within: area)
    return true
  }

  /// `指标 12 │ 时间线 5 │ …`, the focused list marked; returns each tab's rectangle for clicks.
  @discardableResult
  static func drawListTabs(_ state: DashboardState, area: Rect, buffer: inout Buffer) -> [(ProjectList, Rect)]
  {
    let theme = state.theme
    var x = area.x
    var rects: [(ProjectList, Rect)] = []
    for list in ProjectList.allCases {
      let label = " \(state.text(list.stringID)) \(state.rowCount(state.pane, list)) "
      let width = buffer.measure(label)
      let style = list == state.focus ? theme.tabActive : theme.tabInactive
      let end = buffer.put(label, x: x, y: area.y, style: style, within: area)
      rects.append((list, Rect(x: x, y: area.y, width: min(width, max(0, area.right - x)), height: 1)))
      x = end + 1
    }
    return rects
  }
}
