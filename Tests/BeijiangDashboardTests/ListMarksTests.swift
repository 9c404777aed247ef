import BeijiangUI
import Testing

@testable import BeijiangDashboard

private typealias Fixture = DashboardFixture

/// Sort and filter marks stand only where they act: the sort orders the figures list, the filters
/// the figures and the cards above every list.
@Suite struct ListMarksTests {
  static func header(_ state: DashboardState) -> String {
    String(Fixture.screen(state).split(separator: "\n")[1])
  }

  @Test(arguments: [Language.zh, .en])
  func theSortMarkStandsOnTheFiguresListOnly(language: Language) {
    var state = Fixture.state(width: 120, height: 36, language: language)
    let sortWord = language == .zh ? "排序" : "Sort"
    _ = Fixture.press(["4"], on: &state)
    #expect(Self.header(state).contains(sortWord))
    for _ in 1..<ProjectList.allCases.count {
      _ = Fixture.press(["]"], on: &state)
      #expect(!Self.header(state).contains(sortWord), "\(state.focus)")
    }
  }

  @Test func sortingOnAnotherListSaysWhereItActs() {
    var state = Fixture.state()
    _ = Fixture.press(["4", "]", "s"], on: &state)
    #expect(state.sort == .text)
    #expect(state.notice == "排序只作用于指标列表")
  }

  @Test func aFilterMarkStaysOnEveryListBecauseTheCardsFollowIt() {
    var state = Fixture.state(width: 120, height: 36)
    _ = Fixture.press(["3", "f", "]"], on: &state)
    #expect(Self.header(state).contains("筛选"))
  }
}
