import Foundation
import Testing

@testable import BeijiangModel

/// The dashboard drops a file's text once the article is built (`DocumentPipeline.keepsFileText`):
/// what it still reads of the text (length, line of an offset, hash) must be what the text gave.
@Suite struct SourceTextDropTests {
  static let text = "# 口岸建设稳步推进\n\n记者 周 蕾\n\n今年前三季度，满洲里口岸货运量达到1250万吨，同比增长8.5%。\r\n\r\n新建项目12个。\n"

  func file(_ text: String) throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-drop-\(UUID().uuidString).txt"
    ).path
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  @Test func droppedTextKeepsLengthLinesAndHash() throws {
    let held = try InputReader.load(.file(file(Self.text)))
    let dropped = held.withoutText()
    #expect(held.hasText && !dropped.hasText && dropped.scalars.isEmpty)
    #expect(dropped.count == held.count)
    #expect(dropped.hash == DocumentHash(text: held.text))
    #expect(dropped.name == held.name && dropped.encoding == held.encoding)
    for offset in -1...(held.count + 1) {
      #expect(dropped.line(at: offset) == held.line(at: offset), "offset \(offset)")
    }
  }

  @Test func rereadGivesTheTextBackOnlyWhileTheFileIsUnchanged() throws {
    let path = try file(Self.text)
    let held = try InputReader.load(.file(path))
    let dropped = held.withoutText()
    #expect(dropped.reread()?.scalars == held.scalars)
    try Data((Self.text + "补充一段。\n").utf8).write(to: URL(fileURLWithPath: path))
    #expect(dropped.reread() == nil)
    try FileManager.default.removeItem(atPath: path)
    #expect(dropped.reread() == nil)
  }

  @Test func pipelineDropsOnlyTheTextsOfFiles() throws {
    var pipeline = DocumentPipeline()
    pipeline.keepsFileText = false
    let inputs: [InputReader.Input] = [.file(try file(Self.text)), .bundledSeed]
    var kept: [Bool] = []
    pipeline.run(inputs) { input, result in
      let document = try! result.get()
      let built = DocumentBuilder().build(try! InputReader.load(input))
      #expect(document.source.count == built.source.count)
      #expect(document.source.hash == DocumentHash(text: built.source.text))
      #expect(document.paragraphs == built.paragraphs)
      kept.append(document.source.hasText)
    }
    #expect(kept == [false, true])
  }
}
