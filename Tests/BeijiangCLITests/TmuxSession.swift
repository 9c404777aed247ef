import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Drives a program in a real terminal, as a person would: tmux runs it on a private socket at a
/// given size; tests send keys and read the screen with capture-pane.
final class TmuxSession {
  static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
  }

  private let socket = "beijiang-test-\(UUID().uuidString.prefix(8))"
  private let target = "main"
  /// The last screen read while waiting for the exit, for failure messages.
  private(set) var lastStatusReport = ""

  /// Starts `command` in a new detached session of `width` x `height`. The pane stays after the
  /// program exits so its exit status and last screen can be read.
  init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
    let defaults = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
    let variables = defaults.merging(environment) { $1 }.sorted { $0.key < $1.key }
      .map { "\($0.key)=\(Self.quote($0.value))" }
    // The shell prints the exit status when the program ends; tmux's own pane_dead_status is not
    // always recorded, the screen is.
    let program = (["env"] + variables + command.map(Self.quote)).joined(separator: " ")
    let shellCommand =
      "sh -c \(Self.quote("trap : INT TERM HUP; " + program + "; status=$?; echo; echo \(Self.exitMarker)$status; sleep 600"))"
    // The server outlives this call and would hold a captured pipe open for ever: no pipes here.
    try tmux(
      ["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"],
      capture: false)
    try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
    try tmux(["set-option", "-t", target, "status", "off"])
    try tmux(["respawn-pane", "-k", "-t", target, shellCommand])
  }

  deinit {
    _ = try? tmux(["kill-server"], capture: false)
  }

  /// Sends tmux key names (`q`, `Enter`, `Escape`, `Down`, `C-d`, `BTab`) or literal text.
  func send(_ keys: String..., literal: Bool = false) throws {
    try tmux(["send-keys", "-t", target] + (literal ? ["-l"] : []) + keys)
  }

  /// The visible screen, one string per row, trailing spaces kept as tmux prints them.
  func screen() throws -> [String] {
    let text = try tmux(["capture-pane", "-p", "-t", target])
    var rows = text.components(separatedBy: "\n")
    if rows.last == "" { rows.removeLast() }
    return rows
  }

  /// A tmux option for the whole server (`set-clipboard on`).
  func setServerOption(_ name: String, _ value: String) throws {
    try tmux(["set-option", "-s", name, value])
  }

  /// The newest paste buffer: where tmux puts what a program copies with OSC 52.
  func pasteBuffer() throws -> String { try tmux(["show-buffer"]) }

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until `predicate` holds on a settled screen (two captures 50 ms apart agree,
  /// so a frame caught half drawn is not taken), or `timeout` passes; returns the last screen.
  @discardableResult
  func waitFor(timeout: TimeInterval = 10, _ predicate: ([String]) -> Bool) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    var rows = try screen()
    while Date() < deadline {
      if predicate(rows) {
        Thread.sleep(forTimeInterval: 0.05)
        let again = try screen()
        if again == rows { return rows }
        rows = again
        continue
      }
      Thread.sleep(forTimeInterval: 0.05)
      rows = try screen()
    }
    return rows
  }

  func waitFor(text: String, timeout: TimeInterval = 10) throws -> [String] {
    try waitFor(timeout: timeout) { $0.joined(separator: "\n").contains(text) }
  }

  static let exitMarker = "beijiang-exit-status="

  /// Sends a signal to the program (the child of the pane's shell), as `kill -SIGNAL` would.
  func signalProgram(_ signal: String) throws {
    let shell = try tmux(["display-message", "-p", "-t", target, "#{pane_pid}"])
      .trimmingCharacters(in: .whitespacesAndNewlines)
    _ = system("pkill -\(signal) -P \(Self.quote(shell)) >/dev/null 2>&1")
  }

  /// The program's exit status once it has ended, or nil while it runs.
  func exitStatus() throws -> Int32? {
    let rows = try screen()
    lastStatusReport = rows.joined(separator: "\n")
    guard let line = rows.last(where: { $0.hasPrefix(Self.exitMarker) }) else { return nil }
    return Int32(line.dropFirst(Self.exitMarker.count).trimmingCharacters(in: .whitespaces))
  }

  func waitForExit(timeout: TimeInterval = 10) throws -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let status = try exitStatus() { return status }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  /// Runs tmux through the shell with output to a file. Foundation's `Process.waitUntilExit` also
  /// waits for the tmux server that `new-session` forks, so it cannot start tmux.
  @discardableResult
  private func tmux(_ arguments: [String], capture: Bool = true) throws -> String {
    let file = FileManager.default.temporaryDirectory.appending(path: "tmux-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: file) }
    let command = (["tmux", "-L", socket] + arguments).map(Self.quote).joined(separator: " ")
    let target = capture ? Self.quote(file.path) : "/dev/null"
    _ = system("\(command) </dev/null >\(target) 2>/dev/null")
    return capture ? ((try? String(contentsOf: file, encoding: .utf8)) ?? "") : ""
  }

  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
