import BeijiangDashboard
import BeijiangModel
import BeijiangUI
import Testing

/// `y` and `e` as pure updates: they return what the session must do, and the hint bar says it.
@Suite struct HandoffTests {
  @Test func yCopiesTheFigureWithItsSentenceTitleAndDate() throws {
    var state = DashboardFixture.state(width: 100, height: 30, language: .en)
    let commands = DashboardFixture.press(["5", "y"], on: &state)
    guard case .copy(let text) = try #require(commands.last) else {
      Issue.record("expected a copy, got \(commands)")
      return
    }
    let lines = text.split(separator: "\n").map(String.init)
    #expect(lines.count == 3)
    #expect(lines[0] == "2000万平方米")
    #expect(lines[1].contains("2000万平方米的供热覆盖"))
    #expect(lines[2] == DashboardFixture.seed.title + " · 2024-04-18")
    #expect(DashboardFixture.screen(state).contains("copied to the clipboard: 2000万平方米"))
    // The next key brings the hints back.
    _ = DashboardFixture.press(["j"], on: &state)
    #expect(state.notice == nil)
  }

  @Test func yCopiesADateAndSaysWhenThereIsNothingToCopy() throws {
    var state = DashboardFixture.state(width: 100, height: 30, language: .en)
    let date = DashboardFixture.press(["5", "]", "y"], on: &state)
    guard case .copy(let text) = try #require(date.last) else {
      Issue.record("expected a copy, got \(date)")
      return
    }
    #expect(text.hasSuffix("2024-04-18"))
    var overview = DashboardFixture.state(language: .en)
    #expect(DashboardFixture.press(["y"], on: &overview).isEmpty)
    #expect(overview.notice == "y copies the selected figure, date or quote")
  }

  @Test func theSettingTurnsCopyingOff() {
    var state = DashboardFixture.state(language: .en, clipboard: false)
    #expect(DashboardFixture.press(["5", "y"], on: &state).isEmpty)
    #expect(state.notice?.contains("clipboard = false") == true)
  }

  @Test func eOpensTheSelectedParagraphsLine() throws {
    var state = DashboardFixture.state(language: .en)
    let commands = DashboardFixture.press(["5", "e"], on: &state)
    let seed = String(decoding: BundledFiles.seed, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    let line = try #require(seed.firstIndex { $0.contains("青城变电站作为") }) + 1
    #expect(commands == [.edit(document: 0, line: line)])
    state.update(.edited(.noEditor))
    #expect(DashboardFixture.screen(state).contains("no editor set: set VISUAL or EDITOR"))
    state.update(.edited(.editedCopy(path: "/tmp/x.txt")))
    #expect(state.notice?.contains("temporary copy") == true)
  }
}
