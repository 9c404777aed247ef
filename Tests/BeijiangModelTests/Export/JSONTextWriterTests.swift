import Foundation
import Testing

@testable import BeijiangModel

@Suite struct JSONTextWriterTests {
  static func written(_ value: JSONValue) -> String {
    var writer = JSONTextWriter()
    writer.write(value)
    return writer.text
  }

  @Test(arguments: [
    ("", #""""#),
    ("plain", #""plain""#),
    ("北疆工匠", #""北疆工匠""#),
    ("“六个工程”——内蒙古…", #""“六个工程”——内蒙古…""#),
    ("a/b", #""a/b""#),
    ("say \"hi\"", #""say \"hi\"""#),
    ("\"", #""\"""#),
    ("back\\slash", #""back\\slash""#),
    ("line\nbreak", #""line\nbreak""#),
    ("carriage\rreturn", #""carriage\rreturn""#),
    ("tab\there", #""tab\there""#),
    ("\u{0}", #""\u0000""#),
    ("bell\u{7}", #""bell\u0007""#),
    ("\u{1B}[31m", #""\u001b[31m""#),
    ("\u{1F}", #""\u001f""#),
    ("\u{7F}", #""\u007f""#),
    ("\u{80}x\u{85}y\u{9F}", #""\u0080x\u0085y\u009f""#),
    ("\u{A0}nbsp", "\"\u{A0}nbsp\""),
    ("line\u{2028}para\u{2029}", #""line\u2028para\u2029""#),
    ("\u{2027}\u{202A}", "\"\u{2027}\u{202A}\""),
    ("𠀀𪚥", "\"𠀀𪚥\""),
    ("😀 emoji", "\"😀 emoji\""),
    ("\"北疆\"\n", #""\"北疆\"\n""#),
  ])
  func escapesStringsAsTheExtractLinesAlwaysHave(input: String, expected: String) {
    #expect(Self.written(.string(input)) == expected)
  }

  /// Where the byte scan decides: lead bytes C2 and E2 escape only the C1 controls and
  /// U+2028/U+2029; their neighbours, escapes at either end, escapes side by side, and strings too
  /// long to be stored inline in a String.
  @Test(arguments: [
    ("\u{A0}\u{BF}\u{C0}\u{FF}\u{100}", "\"\u{A0}\u{BF}\u{C0}\u{FF}\u{100}\""),
    ("\u{9F}\u{A0}", "\"\\u009f\u{A0}\""),
    ("\u{2000}\u{2027}\u{202F}\u{20AC}\u{2100}", "\"\u{2000}\u{2027}\u{202F}\u{20AC}\u{2100}\""),
    ("\u{2028}", #""\u2028""#),
    ("\u{2029}end", #""\u2029end""#),
    ("\u{85}", #""\u0085""#),
    ("\n\"\\", #""\n\"\\""#),
    ("\u{1}\u{2}\u{2028}\u{80}", #""\u0001\u0002\u2028\u0080""#),
    ("自治区全年完成造林300万亩，同比增长12.5%\n", #""自治区全年完成造林300万亩，同比增长12.5%\n""#),
    ("\"内蒙古\"“六个工程”\u{2028}建设取得新进展，北疆工匠😀", #""\"内蒙古\"“六个工程”\u2028建设取得新进展，北疆工匠😀""#),
    (String(repeating: "a\\", count: 40), "\"" + String(repeating: #"a\\"#, count: 40) + "\""),
  ])
  func escapesAtTheEdgesOfTheByteScan(input: String, expected: String) {
    #expect(Self.written(.string(input)) == expected)
  }

  /// Where the writer's rules and JSONEncoder's agree (no control character but newline, return and
  /// tab, no DEL, C1 or U+2028/U+2029, which only the writer escapes), it writes what JSONEncoder
  /// writes with slashes unescaped.
  @Test(arguments: [
    "", "plain", "a/b", "北疆工匠", "say \"hi\"", "back\\slash", "line\nbreak\r\n", "tab\there",
    "𠀀𪚥😀", "\u{A0}\u{2027}\u{202A}\u{FEFF}", "“六个工程”——内蒙古…",
    String(repeating: "内蒙古\"六个工程\"\\/", count: 20),
  ])
  func agreesWithJSONEncoderWhereTheRulesAgree(input: String) throws {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.withoutEscapingSlashes]
    let expected = String(decoding: try encoder.encode(input), as: UTF8.self)
    #expect(Self.written(.string(input)) == expected)
  }

  @Test(arguments: [
    (0.0, "0"),
    (-0.0, "0"),
    (7.0, "7"),
    (-42.0, "-42"),
    (400_000_000.0, "400000000"),
    (32_350_000.0, "32350000"),
    (999_999_999_999_999.0, "999999999999999"),
    // From 1e15 on, Swift's own form: a fraction, then an exponent.
    (1e15, "1000000000000000.0"),
    (1e16, "1e+16"),
    (1.5e20, "1.5e+20"),
    (0.4, "0.4"),
    (0.1 + 0.2, "0.30000000000000004"),
    (-2.5, "-2.5"),
    (123_456.789, "123456.789"),
    (1e-7, "1e-07"),
    (Double.infinity, "null"),
    (-Double.infinity, "null"),
    (Double.nan, "null"),
  ])
  func formatsNumbersWholeWithoutAFraction(value: Double, expected: String) {
    #expect(Self.written(.number(value)) == expected)
  }

  @Test(arguments: [
    (JSONValue.null, "null"),
    (.bool(true), "true"),
    (.bool(false), "false"),
    (.integer(1328), "1328"),
    (.optional(nil as Double?), "null"),
    (.optional(nil as String?), "null"),
    (.array([]), "[]"),
    (.object([]), "{}"),
    (.strings(["自治区总工会", "总工会"]), #"["自治区总工会","总工会"]"#),
    (.array([.number(1), .string("a"), .null, .bool(false)]), #"[1,"a",null,false]"#),
    (.object([("z", .number(1)), ("a", .null)]), #"{"z":1,"a":null}"#),
    (.sortedObject([("z", .number(1)), ("a", .null)]), #"{"a":null,"z":1}"#),
    (
      .object([("speaker", .object([("name", .string("王\"某\"")), ("mention", .array([.number(0.5)]))]))]),
      #"{"speaker":{"name":"王\"某\"","mention":[0.5]}}"#
    ),
    (.object([("ke\ny", .string("v"))]), #"{"ke\ny":"v"}"#),
  ])
  func writesValuesCompactWithKeysInTheirGivenOrder(value: JSONValue, expected: String) {
    #expect(Self.written(value) == expected)
  }

  /// Whole numbers are written digit by digit; the rest as `format` gives them.
  @Test(arguments: [
    0.0, -0.0, 1, -1, 9, 10, -10, 99, 100, 1328, -42_000, 32_350_000, 999_999_999_999_999,
    -999_999_999_999_999, 1e15, -1e15, 0.5, -0.5, 2.5e-3, 1e300, .infinity, .nan,
  ])
  func writesNumbersAsFormatSays(value: Double) {
    #expect(Self.written(.number(value)) == JSONTextWriter.format(value))
  }

  /// `JSONLineWriter` gives the bytes of the collected line merged with the extra pairs.
  @Test(arguments: [
    [] as [(String, JSONValue)],
    [("source", JSONValue.string("a/b.txt"))],
    [("b", JSONValue.null), ("z", .number(0.5))],
  ])
  func writesLinesMergedWithExtraPairs(extra: [(String, JSONValue)]) {
    func fields<Sink: MentionLineSink>(_ sink: inout Sink) {
      sink.field("a", 1)
      sink.field("b", "北\n")
      sink.field("c", ["x"])
      sink.field("d", nil as Double?)
      sink.field("e", true as Bool?)
    }
    var line = JSONLineWriter(reservingCapacity: 0, merging: extra)
    fields(&line)
    line.endLine()
    var collector = JSONPairCollector()
    fields(&collector)
    #expect(line.writer.text == JSONValue.object(collector.pairs).merging(extra).text + "\n")
  }

  @Test func writesLinesEndToEnd() {
    var writer = JSONTextWriter()
    writer.write(.object([("kind", .string("place"))]))
    writer.writeNewline()
    writer.write(.null)
    writer.writeNewline()
    #expect(writer.bytes == Array("{\"kind\":\"place\"}\nnull\n".utf8))
  }

  /// Random text over every kind of scalar the rules single out, short and long enough to be stored
  /// out of line: the writer agrees with the old scalar-by-scalar writer, and a JSON reader gives
  /// the text back.
  @Test func randomStringsMatchTheOldWriterAndReadBack() throws {
    let pool: [Unicode.Scalar] = [
      "a", "Z", "0", " ", "/", "\"", "\\", "\n", "\r", "\t", "\u{0}", "\u{8}", "\u{1F}", "\u{7F}", "\u{80}",
      "\u{9F}", "\u{A0}", "北", "疆", "“", "”", "—", "…", "\u{2028}", "\u{2029}", "\u{FEFF}", "𠀀", "😀",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var text = ""
      for _ in 0..<Int.random(in: 0...40, using: &generator) {
        text.unicodeScalars.append(pool.randomElement(using: &generator)!)
      }
      let written = Self.written(.string(text))
      #expect(written == CodableMentionLines.quote(text), "\(text.debugDescription)")
      let read = try JSONDecoder().decode([String].self, from: Data("[\(written)]".utf8))
      #expect(read == [text])
    }
  }
}
