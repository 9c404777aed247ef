import Foundation
import Testing

@testable import BeijiangModel

/// A reload reads again only what is new or changed, and drops what is gone.
@Suite struct DocumentCacheTests {
  func folder(_ files: [String: String]) throws -> URL {
    let root = FileManager.default.temporaryDirectory.appending(path: "beijiang-cache-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (name, text) in files { try Data(text.utf8).write(to: root.appending(path: name)) }
    return root
  }

  func article(_ title: String, _ amount: String) -> String {
    "# \(title)\n\n二连浩特口岸货运量达到\(amount)万吨。\n"
  }

  @Test func onlyChangedAndNewFilesAreReadAgain() throws {
    let root = try folder([
      "a.txt": article("甲", "120"), "b.txt": article("乙", "130"), "c.txt": article("丙", "140"),
    ])
    let cache = DocumentCache()
    let inputs = { InputReader.inputs(for: [root.path]) }
    let first = cache.reload(inputs(), pipeline: DocumentPipeline(), reusing: nil)
    #expect(first.rebuilt == 3)
    #expect(first.documents.map(\.title) == ["甲", "乙", "丙"])

    let unchanged = cache.reload(inputs(), pipeline: DocumentPipeline(), reusing: nil)
    #expect(unchanged.rebuilt == 0)
    #expect(unchanged.documents.map(\.title) == ["甲", "乙", "丙"])

    // A longer text, so the size differs even where the clock is coarse.
    try Data(article("乙改", "1300").utf8).write(to: root.appending(path: "b.txt"))
    try Data(article("丁", "150").utf8).write(to: root.appending(path: "d.txt"))
    try FileManager.default.removeItem(at: root.appending(path: "a.txt"))
    let changed = cache.reload(inputs(), pipeline: DocumentPipeline(), reusing: nil)
    #expect(changed.rebuilt == 2)
    #expect(changed.documents.map(\.title) == ["乙改", "丙", "丁"])
  }

  @Test func aFileThatBreaksIsSkippedAndTheRestKept() throws {
    let root = try folder(["a.txt": article("甲", "120"), "b.txt": article("乙", "130")])
    let cache = DocumentCache()
    _ = cache.reload(InputReader.inputs(for: [root.path]), pipeline: DocumentPipeline(), reusing: nil)
    try Data([0x41, 0x00, 0x42, 0x43]).write(to: root.appending(path: "b.txt"))
    let reload = cache.reload(
      InputReader.inputs(for: [root.path]), pipeline: DocumentPipeline(), reusing: nil)
    #expect(reload.documents.map(\.title) == ["甲"])
    #expect(reload.errors.count == 1)
  }
}
