import BeijiangUI
import Foundation

extension DashboardState {
  /// Printable keys and backspace edit the query while the search box is open; the results follow
  /// each keystroke. Returns whether the key was taken as typing.
  mutating func handleSearchTyping(_ key: Key) -> Bool {
    guard case .search(var search) = overlay else { return false }
    switch key {
    case .character(let character):
      search.query.append(character)
    case .backspace, .delete:
      guard !search.query.isEmpty else { return true }
      search.query.removeLast()
    default:
      return false
    }
    search.results = searchResults(search.query)
    search.selected = 0
    overlay = .search(search)
    return true
  }

  mutating func performInSearch(_ action: Action) {
    guard case .search(var search) = overlay else { return }
    switch action {
    case .back:
      overlay = .none
    case .moveDown, .moveUp:
      guard !search.results.isEmpty else { return }
      search.selected =
        (search.selected + (action == .moveDown ? 1 : search.results.count - 1)) % search.results.count
      overlay = .search(search)
    case .open:
      overlay = .none
      guard !search.results.isEmpty else { return }
      lastSearch = search
      jump(to: search.results[search.selected])
    default:
      break
    }
  }

  /// `n` and `N`: the next or previous match of the last search.
  mutating func stepMatch(by step: Int) {
    guard var search = lastSearch, !search.results.isEmpty else { return }
    search.selected = (search.selected + step + search.results.count) % search.results.count
    lastSearch = search
    jump(to: search.results[search.selected])
    status = strings.format(
      "search.match", language,
      ["index": "\(search.selected + 1)", "count": "\(search.results.count)", "query": search.query])
  }

  mutating func jump(to result: SearchResult) {
    pane = result.pane
    focus = result.list
    select(result.row, in: result.pane, result.list)
  }

  /// Every row of every project pane whose text contains the query (case-insensitive), in pane and
  /// list order.
  func searchResults(_ query: String) -> [SearchResult] {
    let needle = query.lowercased()
    guard !needle.isEmpty else { return [] }
    var results: [SearchResult] = []
    for pane in 1..<max(1, paneCount) {
      for list in ProjectList.allCases {
        for row in 0..<rowCount(pane, list)
        where searchText(list, pane: pane, row: row).lowercased().contains(needle) {
          results.append(
            SearchResult(pane: pane, list: list, row: row, label: rowLabel(list, pane: pane, row: row)))
        }
      }
    }
    return results
  }

  /// A result's line in `columns`: the row's text from its start when the match fits there, else
  /// from a few characters before the match (`…供热覆盖,2027年…`), so the match is always in view;
  /// and where the match sits in it, in characters, to highlight.
  func searchSnippet(
    _ result: SearchResult, query: String, columns: Int, policy: WidthPolicy = .standard, lead: Int = 6
  ) -> SearchSnippet {
    let text = searchText(result.list, pane: result.pane, row: result.row)
    guard !query.isEmpty, let found = text.range(of: query, options: .caseInsensitive) else {
      return SearchSnippet(text: result.label, match: nil)
    }
    let matchStart = text.distance(from: text.startIndex, to: found.lowerBound)
    let length = text.distance(from: found.lowerBound, to: found.upperBound)
    // One column stays for the ellipsis of a line cut after the match.
    guard DisplayWidth.of(text[..<found.upperBound], policy: policy) >= columns, matchStart > lead else {
      return SearchSnippet(text: text, match: matchStart..<matchStart + length)
    }
    let shown = "…" + text.dropFirst(matchStart - lead)
    return SearchSnippet(text: shown, match: lead + 1..<lead + 1 + length)
  }

  /// What a row is searched by: its label plus the sentence or details behind it.
  func searchText(_ list: ProjectList, pane: Int, row: Int) -> String {
    switch list {
    case .metrics: return rowLabel(list, pane: pane, row: row) + " " + metricRows(pane)[row].metric.sentence
    case .entities: return rowLabel(list, pane: pane, row: row) + " " + entityRows(pane)[row].detail
    default: return rowLabel(list, pane: pane, row: row)
    }
  }
}

/// One search result as a line: its text and the characters that matched, to highlight.
struct SearchSnippet: Equatable {
  var text: String
  var match: Range<Int>?
}
