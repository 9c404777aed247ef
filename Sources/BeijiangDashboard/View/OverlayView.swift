import BeijiangModel
import BeijiangUI

/// Whatever covers the panes: help, the detail of a row, the search box, the document switcher.
enum OverlayView {
  static func draw(_ state: DashboardState, area: Rect, buffer: inout Buffer) {
    switch state.overlay {
    case .none: return
    case .help: drawHelp(state, area: area, buffer: &buffer)
    case .detail(let target): drawDetail(state, target: target, area: area, buffer: &buffer)
    case .search(let search): SearchView.draw(state, search: search, area: area, buffer: &buffer)
    case .documents(let pane): DocumentsPaneView.draw(state, pane: pane, area: area, buffer: &buffer)
    case .marks(let selected): drawMarks(state, selected: selected, area: area, buffer: &buffer)
    }
  }

  /// Every mark, where it is and what it says; marks whose item left the text come last.
  static func drawMarks(_ state: DashboardState, selected: Int, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let rows = state.markedRows()
    let full = panel(area)
    // As tall as its lines, no taller: two marks need no full-screen panel.
    let box = area.centered(width: full.width, height: min(full.height, max(1, rows.count) + 2))
    buffer.fill(box, style: theme.base)
    let title = "\(state.text("marks.title")) \(rows.count)"
    let inner = Box.draw(title: title, area: box, buffer: &buffer, theme: theme, focused: true)
    guard !rows.isEmpty else {
      buffer.put(state.text("marks.none"), x: inner.x, y: inner.y, style: theme.muted, within: inner)
      return
    }
    let items = rows.map { "\(state.markGlyph) \($0.label)" }
    ListView.draw(items, selected: min(selected, rows.count - 1), area: inner, buffer: &buffer, theme: theme)
  }

  /// Every screen's keys and the mouse, in sections; j/k scroll it when it is taller than the screen.
  static func drawHelp(_ state: DashboardState, area: Rect, buffer: inout Buffer) {
    let title = state.text("help.title") + (state.slide != nil ? " · \(state.text("help.present"))" : "")
    HelpOverlay.draw(
      title: title, entries: state.helpEntries, footer: state.text("help.footer"), scroll: state.helpScroll,
      area: area, buffer: &buffer, theme: state.theme)
  }

  /// The whole paragraph with the selected mention highlighted, where it sits, and the neighbours.
  static func drawDetail(_ state: DashboardState, target: DetailTarget, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let box = panel(area)
    buffer.fill(box, style: theme.base)
    guard let source = state.source(target.list, pane: target.pane, row: target.row),
      let found = state.paragraph(document: source.document, id: source.paragraph)
    else { return }
    let inner = Box.draw(
      // The box keeps a space either side of its title and a cell from each corner.
      title: state.detailTitle(
        target, paragraph: found.paragraph, document: source.document, columns: box.width - 5,
        policy: buffer.policy), area: box,
      buffer: &buffer, theme: theme, focused: true)
    let project =
      state.content.digest(found.paragraph.project).map(state.projectName) ?? found.paragraph.project
    let dates = state.documents[source.document].analysis.dates.filter { $0.paragraph == found.paragraph.id }
      .map(\.date.surface).joined(separator: "、")
    var header = [
      "\(state.text("detail.section")): \(found.section.title)",
      "\(state.text("detail.project")): \(project)",
    ]
    if !dates.isEmpty { header.append("\(state.text("detail.dates")): \(dates)") }
    header += state.articleLines(source.document)
    for (row, line) in header.enumerated() {
      buffer.put(
        line, x: inner.x, y: inner.y + row, style: row == 0 ? theme.header : theme.muted, within: inner)
    }
    let count = state.rowCount(target.pane, target.list)
    let neighbours = [
      target.row > 0
        ? "\(state.text("detail.previous")): \(state.rowLabel(target.list, pane: target.pane, row: target.row - 1))"
        : nil,
      target.row + 1 < count
        ? "\(state.text("detail.next")): \(state.rowLabel(target.list, pane: target.pane, row: target.row + 1))"
        : nil,
    ].compactMap { $0 }
    let textArea = inner.inset(top: header.count + 1, bottom: neighbours.count + (neighbours.isEmpty ? 0 : 1))
    let highlights = state.highlights(found.paragraph, span: source.span)
    let scroll = ContextPanel.scrollToHighlight(
      highlights, text: found.paragraph.text, width: textArea.width, height: textArea.height,
      policy: buffer.policy)
    TextBlock.draw(
      found.paragraph.text, highlights: highlights, scroll: scroll, area: textArea, buffer: &buffer,
      theme: theme)
    for (index, line) in neighbours.enumerated() {
      buffer.put(
        line, x: inner.x, y: inner.bottom - neighbours.count + index, style: theme.muted, within: inner)
    }
  }

  /// A panel most of the body's size, centred.
  static func panel(_ area: Rect) -> Rect {
    area.centered(width: max(20, area.width - max(2, area.width / 10)), height: max(6, area.height - 2))
  }
}
