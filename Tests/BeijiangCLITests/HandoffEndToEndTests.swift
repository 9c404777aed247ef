import BeijiangModel
import Foundation
import Testing

/// `y` and `e` in a real terminal: OSC 52 lands in tmux's paste buffer (with `set-clipboard on`),
/// and a stand-in editor records the arguments it was started with.
@Suite(.serialized) struct HandoffEndToEndTests {
  let dashboard = DashboardEndToEndTests()

  /// A stand-in editor: writes each argument on a line of `record`, then exits.
  static func standInEditor() throws -> (editor: String, record: URL) {
    let directory = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-editor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let record = directory.appending(path: "arguments")
    let script = directory.appending(path: "editor.sh")
    try Data("#!/bin/sh\nprintf '%s\\n' \"$@\" > \(TmuxSession.quote(record.path))\n".utf8).write(to: script)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    return (script.path, record)
  }

  static var warmthLine: Int {
    let lines = String(decoding: BundledFiles.seed, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    return (lines.firstIndex { $0.contains("青城变电站作为") } ?? -1) + 1
  }

  func english(_ extra: [String: String] = [:]) -> [String: String] {
    ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "VISUAL": "", "EDITOR": ""].merging(extra) { $1 }
  }

  @Test func yPutsTheFigureWithItsSourceInTmuxsBuffer() throws {
    guard let tmux = try dashboard.session(environment: english()) else { return }
    try tmux.setServerOption("set-clipboard", "on")
    _ = try tmux.waitFor(text: "Overview")
    try tmux.send("5")
    _ = try tmux.waitFor(text: "9100万平方米")
    try tmux.send("y")
    let screen = try tmux.waitFor(text: "copied to the clipboard")
    #expect(screen.last?.contains("copied to the clipboard: 2000万平方米") == true)
    let buffer = try tmux.pasteBuffer()
    #expect(buffer.hasPrefix("2000万平方米\n"), "buffer: \(buffer)")
    #expect(buffer.contains("2000万平方米的供热覆盖"))
    #expect(buffer.hasSuffix("在中国式现代化建设中闯出新路 · 2024-04-18"))
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func clipboardFalseInSettingsTurnsCopyingOff() throws {
    let config = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-config-\(UUID().uuidString)")
    try FileManager.default.createDirectory(
      at: config.appending(path: "beijiang"), withIntermediateDirectories: true)
    try Data("clipboard = false\n".utf8).write(to: config.appending(path: "beijiang/settings.conf"))
    guard let tmux = try dashboard.session(environment: english(["XDG_CONFIG_HOME": config.path])) else {
      return
    }
    try tmux.setServerOption("set-clipboard", "on")
    _ = try tmux.waitFor(text: "Overview")
    try tmux.send("5")
    _ = try tmux.waitFor(text: "9100万平方米")
    try tmux.send("y")
    let screen = try tmux.waitFor(text: "copying is off")
    #expect(screen.last?.contains("copying is off in settings.conf (clipboard = false)") == true)
    #expect(try tmux.pasteBuffer().isEmpty)
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func eOpensTheSeedsTemporaryCopyAtTheParagraphAndComesBack() throws {
    let (editor, record) = try Self.standInEditor()
    guard let tmux = try dashboard.session(environment: english(["EDITOR": editor])) else { return }
    _ = try tmux.waitFor(text: "Overview")
    try tmux.send("5")
    _ = try tmux.waitFor(text: "9100万平方米")
    try tmux.send("e")
    let screen = try tmux.waitFor(text: "temporary copy")
    #expect(screen.joined().contains("9100万平方米"), "the dashboard is back")
    let arguments = try String(contentsOf: record, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(arguments.count == 2)
    #expect(arguments.first == "+\(Self.warmthLine)")
    let copy = try #require(arguments.last)
    #expect(copy.hasSuffix("/000_dcb31c8fa19abac6.txt"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: copy)) == BundledFiles.seed)
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }

  @Test func eOpensTheArticlesOwnFileAndWithoutAnEditorSaysSo() throws {
    let (editor, record) = try Self.standInEditor()
    let file = try BinaryRunner.temporaryFile([UInt8](BundledFiles.seed), name: "article.txt")
    guard let tmux = try dashboard.session(arguments: [file], environment: english(["VISUAL": editor]))
    else { return }
    _ = try tmux.waitFor(text: "Overview")
    try tmux.send("5")
    _ = try tmux.waitFor(text: "9100万平方米")
    try tmux.send("e")
    _ = try tmux.waitFor(text: "reloaded")
    let arguments = try String(contentsOf: record, encoding: .utf8).split(separator: "\n").map(String.init)
    #expect(arguments == ["+\(Self.warmthLine)", file])
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)

    guard let bare = try dashboard.session(arguments: [file], environment: english()) else { return }
    _ = try bare.waitFor(text: "Overview")
    try bare.send("e")
    let screen = try bare.waitFor(text: "no editor set")
    #expect(screen.last?.contains("no editor set: set VISUAL or EDITOR") == true)
    try bare.send("q")
    #expect(try bare.waitForExit() == 0)
  }
}
