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
    for paragraph in document.paragraphs {
      let sliced = paragraph.pieces.map { source.slice($0.start, $0.end) }.joined()
      precondition(sliced == paragraph.text, "paragraph \(paragraph.id) does not slice back")
    }
    let json = try? ModelExport(documents: [document]).json()
    precondition(json != nil, "the export must always encode")
  }
}
