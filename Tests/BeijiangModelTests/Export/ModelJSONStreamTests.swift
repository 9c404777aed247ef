import Foundation
import Testing

@testable import BeijiangModel

/// Writing the model one document at a time must give exactly the bytes of the whole model at once:
/// `export` streams, and nobody downstream may see a difference.
@Suite struct ModelJSONStreamTests {
  static func streamed(_ documents: [Document]) throws -> Data {
    var stream = ModelJSONStream()
    var out = Data()
    for document in documents { out.append(try stream.write(document)) }
    out.append(try stream.closing())
    return out
  }

  @Test func oneDocumentAndSeveralGiveTheWholeModelsBytes() throws {
    let seed = try TestFiles.seed
    let composed = try TestFiles.document(TestFiles.fixturePath("composed-2025.txt"))
    // An article with no figures has empty arrays, which pretty JSON writes with a blank line.
    let bare = try TestFiles.document(text: "# 标题\n\n一段没有数字的文字。\n")
    for documents in [[seed], [composed, bare], [bare, seed, composed]] {
      #expect(try Self.streamed(documents) == ModelExport(documents: documents).json())
    }
  }

  @Test func aLineIsOneArticlesCompactModel() throws {
    let composed = try TestFiles.document(TestFiles.fixturePath("composed-2025.txt"))
    let line = try ModelJSONStream.line(composed)
    #expect(line.last == UInt8(ascii: "\n"))
    #expect(line.dropLast().contains(UInt8(ascii: "\n")) == false)
    let decoded = try JSONDecoder().decode(ModelExport.DocumentEntry.self, from: line)
    #expect(decoded == ModelExport.DocumentEntry(composed))
  }

  @Test func indentingKeepsEmptyLinesEmpty() {
    let json = Data("{\n  \"a\" : [\n\n  ]\n}".utf8)
    let indented = ModelJSONStream.indented(json, by: 2, fromFirstLine: true)
    #expect(String(decoding: indented, as: UTF8.self) == "  {\n    \"a\" : [\n\n    ]\n  }")
  }
}
