import BeijiangUI
import Foundation
import Testing

/// Presentation mode and marks in the real binary under tmux (same rules as the dashboard's tests).
extension DashboardEndToEndTests {
  @Test func presentationStepsWithSpaceAndEscapeReturns() throws {
    guard let tmux = try session(width: 80, height: 24) else { return }
    _ = try waitForOverview(tmux, width: 80, height: 24)
    try tmux.send("p")
    var screen = try tmux.waitFor(text: "1/7")
    #expect(screen.joined().contains("6 项工程"))
    expectWellFormed(screen, width: 80)
    try tmux.send("Space")
    screen = try tmux.waitFor(text: "2/7")
    #expect(screen.joined().contains("稀土·政策落地工程"))
    try tmux.send("Space")
    screen = try tmux.waitFor(text: "3/7")
    #expect(screen.joined().contains("防沙治沙"))
    expectWellFormed(screen, width: 80)
    try tmux.send("Escape")
    screen = try tmux.waitFor { $0.joined().contains("排序") && !$0.joined().contains("3/7") }
    #expect(screen[0].contains("1 总览"))
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func presentSubcommandStartsOnTheTitleSlideAndEscapeQuits() throws {
    guard let tmux = try session(width: 80, height: 24, arguments: ["present", "--ascii"]) else { return }
    var screen = try tmux.waitFor(text: "1/7")
    #expect(!screen.joined().contains("┌"))
    try tmux.send("Right")
    screen = try tmux.waitFor(text: "2/7")
    try tmux.send("Escape")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func aMarkSurvivesARestartWithTheSameStateHome() throws {
    let stateHome = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-e2e-state-\(UUID().uuidString)"
    ).path
    let environment = ["XDG_STATE_HOME": stateHome]
    guard let first = try session(environment: environment) else { return }
    _ = try waitForOverview(first, width: 100, height: 30)
    try first.send("5")
    _ = try first.waitFor(text: "排序")
    try first.send("m")
    _ = try first.waitFor(text: "已标记")
    try first.send("q")
    #expect(try first.waitForExit() == 0)
    let marks = try String(contentsOfFile: stateHome + "/beijiang/marks.json", encoding: .utf8)
    #expect(marks.contains("\"kind\" : \"metric\""))

    guard let second = try session(environment: environment) else { return }
    _ = try waitForOverview(second, width: 100, height: 30)
    try second.send("5")
    let screen = try second.waitFor(text: "★")
    #expect(screen.contains { $0.contains("★2000万平方米") })
    try second.send("M")
    _ = try second.waitFor(text: "标记 1")
    // q on the marks list closes it; Q quits from there.
    try second.send("Q")
    #expect(try second.waitForExit() == 0)
  }
}
