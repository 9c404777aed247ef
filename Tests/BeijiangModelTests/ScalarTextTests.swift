import Testing

@testable import BeijiangModel

/// The hand-written fast paths over scalars must agree with the Unicode properties and the
/// standard library they stand in for, for every code point.
@Suite struct ScalarTextTests {
  static let everyScalar: [Unicode.Scalar] = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

  @Test func isSpaceAgreesWithTheWhitespaceProperty() {
    let disagreeing = Self.everyScalar.filter { $0.isSpace != $0.properties.isWhitespace }
    #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5).map { String($0.value, radix: 16) })")
  }

  @Test func isPunctuationMarkAgreesWithTheGeneralCategory() {
    let punctuation: Set<Unicode.GeneralCategory> = [
      .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
      .finalPunctuation, .otherPunctuation,
    ]
    let disagreeing = Self.everyScalar.filter {
      $0.isPunctuationMark != punctuation.contains($0.properties.generalCategory)
    }
    #expect(disagreeing.isEmpty, "\(disagreeing.prefix(5).map { String($0.value, radix: 16) })")
  }

  @Test(arguments: [
    "", "a", "稀土", "é", "𠀀𝄞 mixed 混合 text", "“引号”，标点。", "a1（）", "é and e\u{301}",
    "\u{1F600}\u{1F1E8}\u{1F1F3}", "\r\n\t",
    "\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}\u{10FFFF}",
  ])
  func stringsFromScalarsSpellTheScalars(text: String) {
    let scalars = Array(text.unicodeScalars)
    #expect(String(scalars: scalars) == text)
    #expect(text.scalars == scalars)
    if scalars.count >= 2 {
      #expect(String(scalars: scalars[1...]) == String(String.UnicodeScalarView(scalars[1...])))
    }
  }

  @Test func everyScalarRoundTripsThroughTheUTF8Writer() {
    let text = String(scalars: Self.everyScalar)
    #expect(Array(text.unicodeScalars) == Self.everyScalar)
  }
}
