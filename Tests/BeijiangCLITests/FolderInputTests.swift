import Foundation
import Testing

/// Folders and globs as arguments: every article under a folder is read, one bad file is reported
/// and skipped, and the exit status tells a script what happened.
@Suite struct FolderInputTests {
  /// a.txt, sub/b.md, sub/c.TEXT (articles); notes.json (not an article); .hidden/d.txt and
  /// .e.txt (hidden); and, with `bad`, sub/z.txt holding a NUL byte.
  func corpus(bad: Bool = false) throws -> String {
    let root = FileManager.default.temporaryDirectory.appending(path: "beijiang-folder-\(UUID().uuidString)")
    let article = "# 口岸简讯\n\n今年1月，口岸货运量达到120万吨。\n"
    let files: [(String, [UInt8])] =
      [
        ("a.txt", Array(article.utf8)),
        ("sub/b.md", Array(article.replacingOccurrences(of: "120", with: "130").utf8)),
        ("sub/c.TEXT", Array(article.replacingOccurrences(of: "120", with: "140").utf8)),
        ("notes.json", Array("{}".utf8)), (".hidden/d.txt", Array(article.utf8)),
        (".e.txt", Array(article.utf8)),
      ] + (bad ? [("sub/z.txt", [0x41, 0x00, 0x42])] : [])
    for (name, bytes) in files {
      let url = root.appending(path: name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try Data(bytes).write(to: url)
    }
    return root.path
  }

  func sources(_ json: String) throws -> [String] {
    let model = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: Any]
    let documents = model["documents"] as! [[String: Any]]
    return documents.map { $0["source"] as! String }
  }

  @Test func aFolderGivesEveryArticleUnderItInPathOrder() throws {
    let root = try corpus()
    let result = try BinaryRunner.run(["export", root])
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty)
    #expect(try sources(result.stdoutText) == ["\(root)/a.txt", "\(root)/sub/b.md", "\(root)/sub/c.TEXT"])
  }

  @Test func oneBadFileIsReportedOnceAndTheRestLoad() throws {
    let root = try corpus(bad: true)
    let result = try BinaryRunner.run(["export", root])
    #expect(result.status == 2)
    #expect(
      result.stderr
        == "beijiang: \(root)/sub/z.txt: binary data (NUL byte) at byte offset 1; expected a text article\n")
    #expect(try sources(result.stdoutText).count == 3)
    let summary = try BinaryRunner.run(["summary", root, "--width", "80"])
    #expect(summary.status == 2)
    #expect(summary.stdoutText.contains("口岸"))
  }

  @Test func whenNothingCanBeReadTheFilesOwnCodeIsTheExitStatus() throws {
    let path = try BinaryRunner.temporaryFile([0x41, 0x00])
    let result = try BinaryRunner.run(["export", path, "/nonexistent/beijiang.txt"])
    #expect(result.status == 67)
    #expect(result.stderr.split(separator: "\n").count == 2)
    #expect(result.stdout.isEmpty)
  }

  @Test func aQuotedGlobIsExpanded() throws {
    let root = try corpus()
    let result = try BinaryRunner.run(["export", "\(root)/sub/*.md", "--format", "csv"])
    #expect(result.status == 0)
    #expect(result.stdoutText.contains("130万吨"))
    #expect(!result.stdoutText.contains("120万吨"))
  }

  @Test func aFolderWithoutArticlesSaysSo() throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "beijiang-empty-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    let result = try BinaryRunner.run(["export", root.path])
    #expect(result.status == 66)
    #expect(
      result.stderr == "beijiang: \(root.path): cannot read: is a directory with no .txt, .md or .text file\n"
    )
  }
}

extension FolderInputTests {
  @Test func jsonLinesGiveOneArticleALine() throws {
    let root = try corpus(bad: true)
    let result = try BinaryRunner.run(["export", root, "--format", "jsonl"])
    #expect(result.status == 2)
    let lines = result.stdoutText.split(separator: "\n")
    #expect(lines.count == 3)
    for (line, name) in zip(lines, ["a.txt", "sub/b.md", "sub/c.TEXT"]) {
      let article = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
      #expect(article["source"] as? String == "\(root)/\(name)")
    }
  }
}
