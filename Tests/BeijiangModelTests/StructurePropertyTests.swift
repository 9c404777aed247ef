import Foundation
import Testing

@testable import BeijiangModel

/// Invariants that hold for any input that decodes: no trap, offsets that slice back, sections in
/// order and covering the text, known project keys, and an export that round-trips.
@Suite struct StructurePropertyTests {
  static let keys = Set(ProjectCatalog.bundled.keys)

  func checkInvariants(_ text: String) throws {
    let source: SourceText
    do {
      source = try TextDecoder.decode(Array(text.utf8), name: "random")
    } catch {
      // Only an empty or blank text, or one with a NUL, may be refused.
      #expect(error == .empty(source: "random") || text.unicodeScalars.contains("\0"))
      return
    }
    let document = DocumentBuilder().build(source)
    var previousEnd = 0
    for (index, section) in document.sections.enumerated() {
      #expect(Self.keys.contains(section.project))
      #expect(section.start >= previousEnd || index == 0)
      let nextStart =
        index + 1 < document.sections.count ? document.sections[index + 1].start : source.scalars.count
      for paragraph in section.paragraphs {
        #expect(Self.keys.contains(paragraph.project))
        #expect(paragraph.start >= section.start && paragraph.end <= nextStart)
        #expect(paragraph.start >= previousEnd)
        let sliced = paragraph.pieces.map { source.slice($0.start, $0.end) }.joined()
        #expect(sliced == paragraph.text)
        let length = paragraph.text.unicodeScalars.count
        #expect(paragraph.sentences.allSatisfy { $0.start < $0.end && $0.end <= length })
        previousEnd = paragraph.end
      }
    }
    let export = ModelExport(documents: [document])
    let decoded = try JSONDecoder().decode(ModelExport.self, from: try export.json())
    #expect(decoded == export)
  }

  @Test(arguments: 0..<40)
  func randomTextKeepsTheInvariants(_ seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(seed))
    try checkInvariants(
      RandomText.string(using: &generator, pieces: Int.random(in: 1...400, using: &generator)))
  }

  @Test(arguments: 0..<25)
  func mutatedSeedKeepsTheInvariants(_ seed: Int) throws {
    var generator = SplitMix64(seed: UInt64(seed) &+ 1000)
    let seedText = String(decoding: BundledFiles.seed, as: UTF8.self)
    try checkInvariants(
      RandomText.mutate(seedText, using: &generator, edits: Int.random(in: 1...60, using: &generator)))
  }
}
