import BeijiangUI
import Testing

@testable import BeijiangDashboard

private typealias Fixture = DashboardFixture

/// Search as a reader uses it: each result shows its match, highlighted, and the reader always
/// knows where in the results they are.
@Suite struct SearchViewTests {
  static func searching(_ query: String, width: Int = 80, height: Int = 24) -> DashboardState {
    var state = Fixture.state(width: width, height: height)
    _ = Fixture.press(["/"], on: &state)
    Fixture.type(query, on: &state)
    return state
  }

  /// Rows whose cells in the highlight style spell the query.
  static func highlightedRows(_ state: DashboardState, query: String) -> Int {
    let buffer = DashboardView.render(state)
    var rows = 0
    for y in 0..<buffer.height {
      var text = ""
      for x in 0..<buffer.width
      where buffer[x, y].style.background == state.theme.highlight.background && !buffer[x, y].isContinuation
      {
        text += buffer[x, y].text
      }
      if text == query { rows += 1 }
    }
    return rows
  }

  @Test(arguments: [(80, 24), (120, 36), (200, 50)])
  func everyResultShowsItsMatchHighlighted(width: Int, height: Int) {
    let state = Self.searching("供热", width: width, height: height)
    guard case .search(let search) = state.overlay else { return }
    let visible = min(
      search.results.count, OverlayView.panel(ScreenLayout(width: width, height: height).body).height - 4)
    #expect(Self.highlightedRows(state, query: "供热") == visible)
  }

  @Test func aMatchFarIntoAParagraphIsShownFromJustBeforeIt() {
    let state = Self.searching("热用户")
    guard case .search(let search) = state.overlay,
      let paragraph = search.results.first(where: { $0.list == .paragraphs })
    else {
      Issue.record("热用户 is in the warmth paragraph")
      return
    }
    let snippet = state.searchSnippet(paragraph, query: "热用户", columns: 40)
    #expect(snippet.text.hasPrefix("…"))
    let characters = Array(snippet.text)
    #expect(snippet.match.map { String(characters[$0]) } == "热用户")
    #expect(Fixture.screen(state).contains("热用户"))
  }

  @Test func theSummarySaysWhichResultIsChosen() {
    var state = Self.searching("供热")
    guard case .search(let search) = state.overlay else { return }
    let count = search.results.count
    #expect(Fixture.screen(state).contains("\(count) 个结果 · 1/\(count)"))
    _ = Fixture.press(["down", "down"], on: &state)
    #expect(Fixture.screen(state).contains("\(count) 个结果 · 3/\(count)"))
  }

  @Test func steppingWithNSaysWhichMatchIsShown() {
    var state = Self.searching("供热")
    guard case .search(let search) = state.overlay else { return }
    _ = Fixture.press(["enter", "n", "n"], on: &state)
    #expect(Fixture.screen(state).contains("第 3/\(search.results.count) 个匹配"))
    _ = Fixture.press(["N"], on: &state)
    #expect(Fixture.screen(state).contains("第 2/\(search.results.count) 个匹配"))
  }

  @Test func keysThatDoNothingInTheSearchBoxAreNotOffered() {
    var state = Self.searching("供热")
    #expect(!state.hints.contains { $0.keys == "Tab" })
    _ = Fixture.press(["tab"], on: &state)
    #expect(state.notice == "搜索中不可用")
    guard case .search = state.overlay else {
      Issue.record("Tab closed the search")
      return
    }
  }
}
