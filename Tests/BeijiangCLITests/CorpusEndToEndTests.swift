import Foundation
import Testing

/// A folder of articles in a real terminal (tmux): the dashboard opens at once, the rest load in the
/// background with a count in the header, one article is scoped to and left again, and a file
/// added while it runs appears by itself (the folder is watched).
@Suite(.serialized) struct CorpusEndToEndTests {
  func folder(count: Int) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-e2e-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for index in 0..<count { try write(index, in: root) }
    return root
  }

  func write(_ index: Int, in root: URL) throws {
    let day = String(format: "2024-%02d-%02d", 1 + index % 12, 1 + index % 28)
    let text = "# 口岸简讯第\(index)期\n\n发布时间：\(day)\n\n### 口岸\n\n二连浩特口岸货运量达到\(100 + index)万吨。\n"
    try Data(text.utf8).write(to: root.appending(path: String(format: "%03d.txt", index)))
  }

  @Test func openAFolderWaitForLoadingScopeToOneArticleAndBack() throws {
    guard TmuxSession.isAvailable else {
      #expect(ProcessInfo.processInfo.environment["BEIJIANG_REQUIRE_TMUX"] != "1", "tmux is required")
      return
    }
    let root = try folder(count: 60)
    let home = FileManager.default.temporaryDirectory.appending(path: "beijiang-e2e-\(UUID().uuidString)")
      .path
    let tmux = try TmuxSession(
      width: 100, height: 30, command: [BinaryRunner.binaryPath, root.path],
      environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "", "HOME": home, "XDG_CONFIG_HOME": home + "/config"])
    var screen = try tmux.waitFor(text: "已载入 60 篇", timeout: 30)
    #expect(screen.joined().contains("60 篇 · 2024-01-01 – 2024-12-"), "\(screen.prefix(3))")
    try tmux.send("d")
    screen = try tmux.waitFor(text: "文档 60/60")
    try tmux.send("第7期", literal: true)
    screen = try tmux.waitFor(text: "文档 1/60")
    try tmux.send("Down")
    try tmux.send("Enter")
    screen = try tmux.waitFor {
      $0.first { $0.contains("口岸简讯第7期") } != nil && !$0.joined().contains("文档 1/60")
    }
    #expect(!screen.joined().contains("60 篇 · "))
    try tmux.send("A")
    screen = try tmux.waitFor(text: "60 篇 · ")
    // The folder is watched: a file added while the dashboard runs appears without a key.
    try write(60, in: root)
    screen = try tmux.waitFor(text: "61 篇 · ", timeout: 15)
    #expect(screen.joined().contains("61 篇 · "), "\(screen.prefix(3))")
    try tmux.send("q")
    #expect(try tmux.waitForExit() == 0)
  }
}
