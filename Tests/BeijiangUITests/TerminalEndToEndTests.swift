import BeijiangUI
import Foundation
import Testing

/// Drives the real ncurses backend (through `beijiang-ui-demo`, which `swift test` builds) in a private
/// tmux server: start-up with LANG=C, keys, resize down to "too small" and back, quitting, and the
/// refusals for a pipe, TERM=dumb and an unknown TERM.
@Suite(.serialized, .enabled(if: EndToEnd.canRun, "needs tmux and the built beijiang-ui-demo"))
struct TerminalEndToEndTests {
  @Test func dashboardLifecycleInTmux() throws {
    let tmux = EndToEnd.Tmux()
    defer { tmux("kill-server") }
    tmux("new-session", "-d", "-s", "ui", "-x", "100", "-y", "30", "-n", "keep", "sleep 120")
    // LANG=C: the backend must fall back to C.UTF-8 or Chinese turns into blanks.
    tmux(
      "new-window", "-t", "ui", "-n", "app", "env LANG=C LC_ALL= \(EndToEnd.demo!); echo exit=$?; sleep 30")
    var screen = tmux.waitFor { $0.joined().contains("总览") }
    try #require(screen.joined().contains("1 总览"), "first frame never appeared: \(screen)")
    #expect(screen.joined().contains("“防沙治沙”综合治理"))
    // Every bordered row is exactly 100 columns, and the borders sit in the same columns on every row.
    let bordered = screen.filter { $0.hasPrefix("│") }
    #expect(bordered.count > 20)
    for row in bordered { #expect(DisplayWidth.of(row) == 100, "\(row)") }
    let borderColumns = Set(bordered.map { EndToEnd.columns(of: "│", in: $0) })
    #expect(borderColumns.count == 1, "borders move between rows: \(borderColumns)")

    // G selects the last of 40 rows: the table scrolls so it shows and the first row is gone.
    #expect(screen.joined().contains("1. 完成造林面积（第1批）"))
    tmux("send-keys", "-t", "ui:app", "G")
    // Wait for the table row itself: the detail pane names row 40 too, and a capture can fall
    // between the two parts of one redraw.
    screen = tmux.waitFor { $0.joined().contains("40. 新能源装机") }
    #expect(screen.joined().contains("40. 新能源装机"), "\(screen)")
    #expect(!screen.joined().contains("1. 完成造林面积（第1批）"), "\(screen)")
    tmux("send-keys", "-t", "ui:app", "g", "Tab", "Tab")
    screen = tmux.waitFor { $0.joined().contains("┌ 黄河流域") }
    #expect(screen.joined().contains("┌ 黄河流域 · 指标"), "\(screen)")

    tmux("resize-window", "-t", "ui:app", "-x", "60", "-y", "20")
    screen = tmux.waitFor { $0.count > 1 && DisplayWidth.of($0[1]) == 60 && $0[1].hasSuffix("┐") }
    for row in screen { #expect(DisplayWidth.of(row) <= 60, "\(row)") }
    #expect(screen[1].hasPrefix("┌") && screen[1].hasSuffix("┐"), "\(screen)")

    tmux("resize-window", "-t", "ui:app", "-x", "30", "-y", "8")
    screen = tmux.waitFor { $0.joined().contains("终端太小") }
    #expect(screen.joined().contains("终端太小"), "\(screen)")
    tmux("resize-window", "-t", "ui:app", "-x", "80", "-y", "24")
    screen = tmux.waitFor { $0.joined().contains("1 总览") }
    #expect(!screen.joined().contains("终端太小"), "the interface did not come back: \(screen)")

    tmux("send-keys", "-t", "ui:app", "q")
    screen = tmux.waitFor { $0.joined().contains("exit=") }
    #expect(screen.joined().contains("exit=0"), "\(screen)")
  }

  @Test func refusesAPipeAndUnusableTerminals() {
    let piped = EndToEnd.run(EndToEnd.demo!, [], environment: ["TERM": "xterm", "PATH": "/usr/bin:/bin"])
    #expect(piped.status == 3)
    #expect(piped.output.contains("not a TTY"))
    #expect(piped.output.split(separator: "\n").count == 1)

    let tmux = EndToEnd.Tmux()
    defer { tmux("kill-server") }
    tmux("new-session", "-d", "-s", "ui", "-x", "120", "-y", "10", "-n", "keep", "sleep 60")
    for (term, message) in [
      ("dumb", "cannot position the cursor"), ("no-such-term", "unknown terminal type"),
    ] {
      tmux("new-window", "-t", "ui", "-n", "app", "TERM=\(term) \(EndToEnd.demo!); echo exit=$?; sleep 10")
      let screen = tmux.waitFor { $0.joined().contains("exit=") }
      #expect(screen.joined().contains(message), "\(screen)")
      #expect(screen.joined().contains("exit=4"), "\(screen)")
      tmux("kill-window", "-t", "ui:app")
    }
  }
}

/// Helpers for the end-to-end tests: where the demo and tmux are, running processes, a private tmux.
enum EndToEnd {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let demo = ["debug", "release"].map {
    root.appendingPathComponent(".build/\($0)/beijiang-ui-demo").path
  }
  .first { FileManager.default.isExecutableFile(atPath: $0) }
  static let tmux = ["/usr/bin/tmux", "/usr/local/bin/tmux"].first {
    FileManager.default.isExecutableFile(atPath: $0)
  }
  static var canRun: Bool { demo != nil && tmux != nil }

  /// Runs a command through `system(3)` with stdin from /dev/null and output captured in a file.
  /// (Foundation's `Process.waitUntilExit` also waits for a tmux server the command forks.)
  @discardableResult
  static func run(_ executable: String, _ arguments: [String], environment: [String: String]? = nil) -> (
    status: Int32, output: String
  ) {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "beijiang-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    let prefix = environment.map { ["env", "-i"] + $0.map { "\($0.key)=\($0.value)" } } ?? []
    let command = (prefix + [executable] + arguments).map(quoted).joined(separator: " ")
    let status = system("\(command) </dev/null >\(quoted(file.path)) 2>&1")
    let output = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
    let exitStatus = (status >> 8) & 0xFF
    return (Int32(exitStatus), output)
  }

  static func quoted(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }

  /// Display columns at which `character` appears in `row`.
  static func columns(of character: Character, in row: String) -> [Int] {
    var column = 0
    var found: [Int] = []
    for item in row {
      if item == character { found.append(column) }
      column += DisplayWidth.of(String(item))
    }
    return found
  }

  /// A tmux server of our own (private socket), killed by the test that starts it.
  struct Tmux {
    let socket = "beijiang-ui-test-\(getpid())"

    @discardableResult
    func callAsFunction(_ arguments: String...) -> String {
      EndToEnd.run(EndToEnd.tmux!, ["-L", socket] + arguments).output
    }

    func screen() -> [String] {
      self("capture-pane", "-p", "-t", "ui:app").split(separator: "\n", omittingEmptySubsequences: false)
        .map(String.init)
    }

    /// Polls the screen until `predicate` holds (at most about 5 s).
    func waitFor(_ predicate: ([String]) -> Bool) -> [String] {
      var lines = screen()
      for _ in 0..<50 where !predicate(lines) {
        usleep(100_000)
        lines = screen()
      }
      return lines
    }
  }
}
