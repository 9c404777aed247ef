import BeijiangUI

/// The search box: the query, how many rows match and which one is chosen (`3/9`), and each result
/// from just before its match with the match highlighted.
enum SearchView {
  static func draw(_ state: DashboardState, search: SearchState, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let box = OverlayView.panel(area)
    buffer.fill(box, style: theme.base)
    let inner = Box.draw(
      title: state.text("search.title"), area: box, buffer: &buffer, theme: theme, focused: true)
    let prompt = state.text("search.prompt")
    let end = buffer.put(prompt, x: inner.x, y: inner.y, style: theme.header, within: inner)
    let queryEnd = buffer.put(search.query, x: end, y: inner.y, style: theme.emphasis, within: inner)
    buffer.put("_", x: queryEnd, y: inner.y, style: theme.selection, within: inner)
    buffer.put(summary(state, search), x: inner.x, y: inner.y + 1, style: theme.muted, within: inner)
    let tags = search.results.map { "[\(state.tabTitles[$0.pane])·\(state.text($0.list.stringID))] " }
    let listArea = inner.inset(top: 2)
    let textColumns = listArea.width - buffer.measure(theme.glyphs.selectionMarker) - 1
    let snippets = zip(search.results, tags).map { result, tag in
      state.searchSnippet(
        result, query: search.query, columns: textColumns - buffer.measure(tag), policy: buffer.policy)
    }
    let layout = ListView.draw(
      zip(tags, snippets).map { $0 + $1.text }, selected: search.results.isEmpty ? nil : search.selected,
      area: listArea, buffer: &buffer, theme: theme)
    for rowRect in layout.rowRects {
      highlight(
        snippets[rowRect.row], after: tags[rowRect.row], row: rowRect.rect, area: listArea, buffer: &buffer,
        theme: theme)
    }
  }

  /// `9 个结果 · 3/9`: the count, and the chosen result's place among them.
  static func summary(_ state: DashboardState, _ search: SearchState) -> String {
    guard !search.query.isEmpty else { return "" }
    guard !search.results.isEmpty else { return state.text("search.none") }
    let count = state.strings.format("search.results", state.language, ["count": "\(search.results.count)"])
    return "\(count) · \(search.selected + 1)/\(search.results.count)"
  }

  /// Paints the match of a drawn result in the highlight style, where it is fully in view.
  static func highlight(
    _ snippet: SearchSnippet, after tag: String, row: Rect, area: Rect, buffer: inout Buffer, theme: Theme
  ) {
    guard let match = snippet.match else { return }
    let characters = Array(snippet.text)
    let before = tag + String(characters[..<match.lowerBound])
    let matched = String(characters[match])
    let markerWidth = buffer.measure(theme.glyphs.selectionMarker) + 1
    let x = row.x + markerWidth + buffer.measure(before)
    let width = buffer.measure(matched)
    // The list cuts a line with an ellipsis and keeps the last column for its scroll arrow.
    guard x + width <= area.right - 2 else { return }
    buffer.patchStyle(theme.highlight, in: Rect(x: x, y: row.y, width: width, height: 1))
  }
}
