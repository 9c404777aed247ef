import BeijiangUI
import Foundation
import Testing

/// The real binary in a real terminal (tmux), driven as a person would. Runs when tmux is installed;
/// `.ci/run` sets BEIJIANG_REQUIRE_TMUX=1 so that a missing tmux fails instead of skipping.
@Suite(.serialized) struct DashboardEndToEndTests {
  static let tmuxRequired = ProcessInfo.processInfo.environment["BEIJIANG_REQUIRE_TMUX"] == "1"

  func session(
    width: Int = 100, height: Int = 30, arguments: [String] = [], environment: [String: String] = [:]
  )
    throws -> TmuxSession?
  {
    guard TmuxSession.isAvailable else {
      #expect(!Self.tmuxRequired, "tmux is required (BEIJIANG_REQUIRE_TMUX=1) but not installed")
      return nil
    }
    let home = FileManager.default.temporaryDirectory.appending(path: "beijiang-e2e-\(UUID().uuidString)")
      .path
    return try TmuxSession(
      width: width, height: height, command: [BinaryRunner.binaryPath] + arguments,
      environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "HOME": home, "XDG_CONFIG_HOME": home + "/config"]
        .merging(environment) { $1 })
  }

  /// Every row fits the terminal, and each box's right border stands in one column.
  func expectWellFormed(_ rows: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    for row in rows {
      #expect(
        DisplayWidth.of(row) <= width, "row wider than \(width): \(row)", sourceLocation: sourceLocation)
    }
    var openColumns: [Int: Int] = [:]
    for row in rows {
      let cells = Array(row.unicodeScalars)
      var column = 0
      for scalar in cells {
        if scalar == "┐" { openColumns[column] = (openColumns[column] ?? 0) + 1 }
        column += DisplayWidth.of(scalar)
      }
    }
    for (column, _) in openColumns {
      // Rows between a top-right corner and its bottom-right corner carry │ or ┤ in that column.
      var inside = false
      for row in rows {
        let glyph = glyph(in: row, atColumn: column)
        if glyph == "┐" {
          inside = true
          continue
        }
        if glyph == "┘" {
          inside = false
          continue
        }
        if inside {
          #expect(glyph == "│", "border broken at column \(column): \(row)", sourceLocation: sourceLocation)
        }
      }
    }
  }

  func glyph(in row: String, atColumn target: Int) -> Character? {
    var column = 0
    for character in row {
      if column == target { return character }
      column += DisplayWidth.of(String(character))
      if column > target { return nil }
    }
    return nil
  }

  @Test func browseSwitchPanesSearchAndQuit() throws {
    guard let tmux = try session() else { return }
    var screen = try waitForOverview(tmux, width: 100, height: 30)
    #expect(screen[0].contains("1 总览"))
    expectWellFormed(screen, width: 100)

    try tmux.send("5")
    screen = try tmux.waitFor { $0.joined().contains("排序") && $0.joined().contains("9100万平方米") }
    #expect(screen.joined().contains("9100万平方米"))
    expectWellFormed(screen, width: 100)

    try tmux.send("j", "Enter")
    screen = try tmux.waitFor(text: "章节:")
    #expect(screen.joined().contains("章节: 助力温暖工程 办好民生实事"))
    try tmux.send("Escape")
    screen = try tmux.waitFor { !$0.joined().contains("章节:") }

    try tmux.send("/")
    try tmux.send("暖边北疆行", literal: true)
    screen = try tmux.waitFor(text: "个结果")
    try tmux.send("Enter")
    screen = try tmux.waitFor { !$0.joined().contains("个结果") && $0.joined().contains("边境线") }
    #expect(screen.joined().contains("5000多公里"))

    try tmux.send("?")
    screen = try tmux.waitFor(text: "按键帮助")
    #expect(screen.joined().contains("退出"))
    try tmux.send("Escape")

    try tmux.send("q")
    let status = try tmux.waitForExit()
    let last = try tmux.screen().joined(separator: "\n")
    #expect(status == 0, "tmux said: \(tmux.lastStatusReport); screen: \(last)")
  }

  /// Waits for a frame drawn for `width` x `height`: the overview's chart box spans the full width,
  /// so its top row ends with ┐ in the last column. A stale frame that tmux clipped does not.
  func waitForOverview(_ tmux: TmuxSession, width: Int, height: Int) throws -> [String] {
    try tmux.waitFor { rows in
      rows.count == height
        && rows.contains { $0.hasPrefix("┌ 要点") && $0.hasSuffix("┐") && DisplayWidth.of($0) == width }
    }
  }

  @Test func resizingStacksShrinksAndRecovers() throws {
    guard let tmux = try session() else { return }
    _ = try waitForOverview(tmux, width: 100, height: 30)
    try tmux.resize(width: 60, height: 20)
    var screen = try tmux.waitFor { rows in
      rows.count == 20 && rows.contains { $0.hasSuffix("┐") && DisplayWidth.of($0) == 60 }
    }
    expectWellFormed(screen, width: 60)
    try tmux.resize(width: 30, height: 10)
    screen = try tmux.waitFor(text: "40x12")
    #expect(screen.allSatisfy { DisplayWidth.of($0) <= 30 })
    try tmux.resize(width: 200, height: 50)
    screen = try waitForOverview(tmux, width: 200, height: 50)
    expectWellFormed(screen, width: 200)
    for size in [(80, 24), (120, 40), (81, 25), (79, 23), (100, 30)] {
      try tmux.resize(width: size.0, height: size.1)
    }
    screen = try waitForOverview(tmux, width: 100, height: 30)
    expectWellFormed(screen, width: 100)
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func englishInterfaceFromTheLanguageOption() throws {
    guard let tmux = try session(arguments: ["--lang", "en"]) else { return }
    let screen = try tmux.waitFor(text: "Targets and progress")
    #expect(screen[0].contains("Overview"))
    try tmux.send("L")
    _ = try tmux.waitFor(text: "目标与进度")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func interruptAndTerminateRestoreTheTerminal() throws {
    guard let tmux = try session() else { return }
    _ = try tmux.waitFor(text: "目标与进度")
    try tmux.send("C-c")
    let status = try tmux.waitForExit()
    #expect(status != nil)
    // The shell's echo shows on a normal screen: the terminal was restored.
    #expect(try tmux.screen().contains { $0.hasPrefix(TmuxSession.exitMarker) })
  }

  @Test(arguments: ["TERM", "HUP"])
  func terminateAndHangUpRestoreTheTerminal(_ signal: String) throws {
    guard let tmux = try session() else { return }
    _ = try waitForOverview(tmux, width: 100, height: 30)
    try tmux.send("5")
    try tmux.signalProgram(signal)
    #expect(try tmux.waitForExit() != nil)
    // The shell's line is on a normal screen, not over the dashboard: the terminal was restored.
    let screen = try tmux.screen()
    #expect(!screen.joined().contains("目标与进度") && !screen.joined().contains("供热覆盖"))
    #expect(screen.contains { $0.hasPrefix(TmuxSession.exitMarker) })
  }

  @Test func withoutATerminalTheDashboardPointsToSummaryAndExport() throws {
    let result = try BinaryRunner.run([])
    #expect(result.status == 3)
    #expect(result.stderr.contains("beijiang summary"))
    #expect(result.stderr.contains("beijiang export"))
    #expect(result.stderr.filter { $0 == "\n" }.count == 1)
  }

  @Test func aDumbOrUnknownTerminalIsRefusedCleanly() throws {
    guard let tmux = try session(environment: ["TERM": "dumb"]) else { return }
    #expect(try tmux.waitForExit() == 4)
    #expect(try tmux.screen().joined().contains("TERM=dumb cannot position the cursor"))
    guard let unknown = try session(environment: ["TERM": "no-such-terminal"]) else { return }
    #expect(try unknown.waitForExit() == 4)
    #expect(try unknown.screen().joined().contains("unknown terminal type TERM=no-such-terminal"))
  }
}
