/// Character classes the entity rules need, decided per Unicode scalar.
enum EntityScalarClass {
  /// A CJK ideograph (the unified blocks and their extensions).
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
    default: false
    }
  }

  /// ASCII or full-width decimal digits.
  /// Spaces that separate names in bylines (记者 周蕾), ideographic and no-break ones included.
  static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
    scalar == " " || scalar == "\u{3000}" || scalar == "\u{A0}" || scalar == "\t"
  }

  static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x30...0x39, 0xFF10...0xFF19: true
    default: false
    }
  }

  static func isOpeningBracket(_ scalar: Unicode.Scalar) -> Bool { scalar == "(" || scalar == "（" }
  static func isClosingBracket(_ scalar: Unicode.Scalar) -> Bool { scalar == ")" || scalar == "）" }

  /// Punctuation that ends a sentence. Articles of this kind mix ASCII and full-width marks.
  static func isSentenceEnd(_ scalar: Unicode.Scalar) -> Bool {
    "。！？!?".unicodeScalars.contains(scalar)
  }

  /// Punctuation inside or at the end of a sentence: what makes quoted text read as speech.
  static func isClausePunctuation(_ scalar: Unicode.Scalar) -> Bool {
    "。！？!?，,；;：:…".unicodeScalars.contains(scalar)
  }
}
