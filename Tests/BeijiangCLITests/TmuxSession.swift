import Foundation

/// Drives a program in a real terminal, as a person would: tmux runs it on a private socket at a
/// given size; tests send keys and read the screen with capture-pane.
final class TmuxSession {
  static var isAvailable: Bool {
    FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux")
      || FileManager.default.isExecutableFile(atPath: "/usr/local/bin/tmux")
  }

  private let socket = "beijiang-test-\(UUID().uuidString.prefix(8))"
  private let target = "main"

  /// Starts `command` in a new detached session of `width` x `height`. The pane stays after the
  /// program exits so its exit status and last screen can be read.
  init(width: Int, height: Int, command: [String], environment: [String: String] = [:]) throws {
    let defaults = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"]
    let variables = defaults.merging(environment) { $1 }.sorted { $0.key < $1.key }
      .map { "\($0.key)=\(Self.quote($0.value))" }
    let shellCommand = (["env"] + variables + command.map(Self.quote)).joined(separator: " ")
    try tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)"])
    try tmux(["set-option", "-t", target, "remain-on-exit", "on"])
    try tmux(["set-option", "-t", target, "status", "off"])
    try tmux(["respawn-pane", "-k", "-t", target, shellCommand])
  }

  deinit {
    _ = try? tmux(["kill-server"])
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

  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// Polls the screen until `predicate` holds or `timeout` passes; returns the last screen.
  @discardableResult
  func waitFor(timeout: TimeInterval = 10, _ predicate: ([String]) -> Bool) throws -> [String] {
    let deadline = Date().addingTimeInterval(timeout)
    var rows = try screen()
    while !predicate(rows) && Date() < deadline {
      Thread.sleep(forTimeInterval: 0.05)
      rows = try screen()
    }
    return rows
  }

  func waitFor(text: String, timeout: TimeInterval = 10) throws -> [String] {
    try waitFor(timeout: timeout) { $0.joined(separator: "\n").contains(text) }
  }

  /// The program's exit status once it has ended, or nil while it runs.
  func exitStatus() throws -> Int32? {
    let output = try tmux(["display-message", "-p", "-t", target, "#{pane_dead} #{pane_dead_status}"])
    let parts = output.split(separator: " ")
    guard parts.first == "1", parts.count > 1 else { return nil }
    return Int32(parts[1].trimmingCharacters(in: .whitespacesAndNewlines))
  }

  func waitForExit(timeout: TimeInterval = 10) throws -> Int32? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let status = try exitStatus() { return status }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return nil
  }

  @discardableResult
  private func tmux(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["tmux", "-L", socket] + arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = Pipe()
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  static func quote(_ text: String) -> String {
    "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
