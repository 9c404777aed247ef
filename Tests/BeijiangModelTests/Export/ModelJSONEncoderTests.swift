import Foundation
import Testing

@testable import BeijiangModel

/// `ModelJSONEncoder` must write exactly what Foundation's JSONEncoder writes with the export's
/// options: `export` switched encoders, and nobody downstream may see a difference.
@Suite struct ModelJSONEncoderTests {
  struct Span: Codable {
    var end: Int
    var start: Int?
  }

  /// Keys out of order, an upper-case key, digits, a key encoded twice through two containers.
  struct Record: Encodable {
    var text: String
    var numbers: [Double]
    var spans: [Span]
    var missing: String?
    enum CodingKeys: String, CodingKey {
      case zeta
      case upper = "Beta"
      case a10, a9, aB
      case underscored = "a_b"
      case text, numbers, spans, missing, empty
    }

    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode("first", forKey: .zeta)
      try container.encode(-42, forKey: .upper)
      try container.encode(true, forKey: .a10)
      try container.encode(false, forKey: .a9)
      try container.encode(0, forKey: .aB)
      try container.encode([String: Int](), forKey: .underscored)
      try container.encode(text, forKey: .text)
      try container.encode(numbers, forKey: .numbers)
      try container.encode(spans, forKey: .spans)
      try container.encode(missing, forKey: .missing)
      try container.encodeIfPresent(missing, forKey: .empty)
      var again = encoder.container(keyedBy: CodingKeys.self)
      try again.encode("second", forKey: .zeta)
    }
  }

  static let texts = [
    "", "内蒙古自治区", "a/b \"quoted\" back\\slash", "lines\nreturn\r\ttab", "\u{8}\u{c}\u{1}\u{1f}",
    "\u{7f}\u{80}\u{9f}\u{2028}\u{2029}", "四子王旗😀",
  ]
  static let numbers: [Double] = [
    0, -0.0, 0.1, 2.5, 1e15, 1e16, 1e20, 1.5e-7, 0.000001, 123_456_789_012_345_680,
  ]

  static func foundation(_ value: some Encodable, pretty: Bool) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
  }

  @Test(arguments: texts, [true, false])
  func recordsAreWrittenAsJSONEncoderWritesThem(text: String, pretty: Bool) throws {
    let record = Record(
      text: text, numbers: Self.numbers, spans: [Span(end: 3, start: nil), Span(end: 9, start: 4)],
      missing: nil)
    #expect(try ModelJSONEncoder(pretty: pretty).encode(record) == Self.foundation(record, pretty: pretty))
  }

  @Test(arguments: [true, false])
  func emptyAndNestedArraysMatch(pretty: Bool) throws {
    let nested: [[Span]] = [[], [Span(end: 1, start: 0)], []]
    #expect(try ModelJSONEncoder(pretty: pretty).encode(nested) == Self.foundation(nested, pretty: pretty))
    let empty: [Int] = []
    #expect(try ModelJSONEncoder(pretty: pretty).encode(empty) == Self.foundation(empty, pretty: pretty))
  }

  @Test func writingInPiecesGivesTheSameBytes() throws {
    let composed = try TestFiles.document(TestFiles.fixturePath("composed-2025.txt"))
    let entry = ModelExport.DocumentEntry(composed)
    var pieces: [[UInt8]] = []
    try ModelJSONEncoder().write(entry, flushingEvery: 64) { pieces.append($0) }
    #expect(pieces.count > 10)
    #expect(Array(pieces.joined()) == (try Self.foundation(entry, pretty: true)))
  }

  @Test func numbersJSONCannotHoldAreRefused() {
    #expect(throws: PrettyJSONError.notFinite(.infinity)) { try ModelJSONEncoder().encode([Double.infinity]) }
  }
}
