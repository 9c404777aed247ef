import BeijiangModel
import Foundation

/// One fuzz input through the whole model: decode, structure, classify, export. Anything that does
/// not decode must be refused with an `InputError`; anything that does must keep the model's
/// invariants, checked here with `precondition` so the fuzzer reports a violation as a crash.
enum FuzzHarness {
  static func run(_ bytes: [UInt8]) {
    let source: SourceText
    do {
      source = try TextDecoder.decode(bytes, name: "fuzz")
    } catch {
      precondition(!error.message.contains("\n"), "an error message must be one line")
      return
    }
    let document = DocumentBuilder().build(source)
    checkSections(document)
    let ids = Set(document.paragraphs.map(\.id))
    for paragraph in document.paragraphs {
      let sliced = paragraph.pieces.map { source.slice($0.start, $0.end) }.joined()
      precondition(sliced == paragraph.text, "paragraph \(paragraph.id) does not slice back")
      checkSentences(paragraph)
      precondition(paragraph.duplicateOf.map(ids.contains) ?? true, "duplicateOf names no paragraph")
    }
    let json = try? ModelExport(documents: [document]).json()
    precondition(json != nil, "the export must always encode")
    // Every C0 control is escaped: exported JSON printed to a terminal cannot drive it.
    precondition(!json!.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x20 }, "a raw control byte in the JSON")
  }

  /// Each section's parent is an earlier section of a lower level.
  private static func checkSections(_ document: Document) {
    var levels: [String: Int] = [:]
    for section in document.sections {
      if let parent = section.parent {
        let parentLevel = levels[parent]
        precondition(parentLevel != nil && parentLevel! < section.level, "\(section.id) has a bad parent")
      }
      levels[section.id] = section.level
    }
  }

  /// Sentences are non-empty, in order, inside the paragraph, and each is found by its own offsets.
  private static func checkSentences(_ paragraph: Paragraph) {
    let length = paragraph.text.unicodeScalars.count
    var previousEnd = 0
    for sentence in paragraph.sentences {
      precondition(sentence.start >= previousEnd && sentence.start < sentence.end && sentence.end <= length)
      precondition(paragraph.sentence(containing: sentence.start) == sentence)
      precondition(paragraph.sentence(containing: sentence.end - 1) == sentence)
      previousEnd = sentence.end
    }
  }
}
