import BeijiangUI
import Testing

@testable import BeijiangDashboard

private typealias Fixture = DashboardFixture

/// The detail view as a reader meets it: what its header says, what its hint bar offers, and the
/// help opened on it giving it back.
@Suite struct DetailViewTests {
  @Test(arguments: [["esc"], ["?"], ["q"]])
  func helpOpenedOnTheDetailGivesTheDetailBack(closing: [String]) {
    var state = Fixture.state()
    _ = Fixture.press(["5", "j", "enter"], on: &state)
    let detail = state.overlay
    _ = Fixture.press(["?"], on: &state)
    #expect(state.overlay == .help)
    #expect(Fixture.press(closing, on: &state).isEmpty, "closing the help never quits")
    #expect(state.overlay == detail)
    _ = Fixture.press(["esc"], on: &state)
    #expect(state.overlay == .none)
  }

  @Test func aClickOnTheHelpGivesTheDetailBack() {
    var state = Fixture.state()
    _ = Fixture.press(["5", "enter", "?"], on: &state)
    Fixture.mouse(.click, x: 10, y: 10, on: &state)
    #expect(state.overlay == .detail(DetailTarget(pane: 4, list: .metrics, row: 0)))
  }

  @Test func helpOpenedOnThePanesClosesToThePanes() {
    var state = Fixture.state()
    _ = Fixture.press(["5", "enter", "esc", "?", "esc"], on: &state)
    #expect(state.overlay == .none)
  }

  @Test(arguments: [Language.zh, .en])
  func theHintBarSaysWhatEnterDoesAndOffersOnlyWorkingKeys(language: Language) {
    var state = Fixture.state(width: 200, height: 50, language: language)
    _ = Fixture.press(["5", "enter"], on: &state)
    let back = state.hints.first { $0.keys.split(separator: "/").contains("Enter") }
    #expect(back?.text == (language == .zh ? "返回" : "back"))
    #expect(back?.keys == "Esc/Enter")
    let refusal = state.strings.text("status.notInDetail", language)
    for hint in state.hints {
      let label = String(hint.keys.split(separator: "/")[0])
      var pressed = state
      _ = pressed.update(.key(Key(name: label.count == 1 ? label : label.lowercased())!))
      #expect(pressed.notice != refusal, "\(hint.keys) is offered but does nothing")
    }
    #expect(!state.hints.contains { $0.keys == "Tab" || $0.keys == "/" || $0.keys == "]" })
  }

  @Test(arguments: [Language.zh, .en])
  func aPlannedDateShowsItsRoleInTheDetailHeader(language: Language) {
    var state = Fixture.state(width: 120, height: 36, language: language)
    _ = Fixture.press(["5", "]"], on: &state)
    guard let row = state.eventRows(4).firstIndex(where: { $0.event.date.role == .target }) else {
      Issue.record("the warmth timeline has no planned date (2027年将达到…)")
      return
    }
    _ = Fixture.press(Array(repeating: "j", count: row) + ["enter"], on: &state)
    let title = Fixture.screen(state).split(separator: "\n").first { $0.contains("¶") } ?? ""
    #expect(title.contains(language == .zh ? "计划" : "planned"), "\(title)")
  }

  @Test func aTargetFigureShowsItsRoleInTheDetailHeader() {
    var state = Fixture.state(width: 120, height: 36)
    _ = Fixture.press(["5", "j", "enter"], on: &state)
    let title = Fixture.screen(state).split(separator: "\n").first { $0.contains("¶") } ?? ""
    #expect(title.contains("9100万平方米 · 供热覆盖 · 目标"), "\(title)")
  }

  @Test(arguments: [(60, 20), (80, 24)])
  func aLongEventIsCutBeforeItsParagraph(width: Int, height: Int) {
    var state = Fixture.state(width: width, height: height)
    _ = Fixture.press(["4", "]", "enter"], on: &state)
    let title = Fixture.screen(state).split(separator: "\n").first { $0.contains("¶") } ?? ""
    #expect(title.contains("… · ") && title.contains("¶24 ─"), "\(title)")
  }
}
