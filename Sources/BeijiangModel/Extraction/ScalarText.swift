/// Character classes over raw scalar values. These are properties of Unicode and of Chinese
/// punctuation, not lexicon entries, so they live in code.
enum ScalarClass {
  static func isASCIIDigit(_ scalar: UInt32) -> Bool { scalar >= 0x30 && scalar <= 0x39 }
  static func isFullwidthDigit(_ scalar: UInt32) -> Bool { scalar >= 0xFF10 && scalar <= 0xFF19 }
  static func isArabicDigit(_ scalar: UInt32) -> Bool { isASCIIDigit(scalar) || isFullwidthDigit(scalar) }

  /// The value of an ASCII or fullwidth digit.
  static func arabicDigitValue(_ scalar: UInt32) -> Int? {
    if isASCIIDigit(scalar) { return Int(scalar - 0x30) }
    if isFullwidthDigit(scalar) { return Int(scalar - 0xFF10) }
    return nil
  }

  /// Han ideographs (the unified blocks and their extensions).
  static func isHan(_ scalar: UInt32) -> Bool {
    (scalar >= 0x4E00 && scalar <= 0x9FFF) || (scalar >= 0x3400 && scalar <= 0x4DBF)
      || (scalar >= 0x20000 && scalar <= 0x2FFFF) || (scalar >= 0xF900 && scalar <= 0xFAFF)
  }

  private static let quotes: Set<UInt32> = Set("“”‘’「」『』\"《》".unicodeScalars.map(\.value))
  static func isQuote(_ scalar: UInt32) -> Bool { quotes.contains(scalar) }

  private static let openingQuotes: Set<UInt32> = Set("“‘「『\"".unicodeScalars.map(\.value))
  static func isOpeningQuote(_ scalar: UInt32) -> Bool { openingQuotes.contains(scalar) }

  /// Ends a sentence: a quantity's role never looks across one.
  private static let sentenceEnds: Set<UInt32> = Set("。！？；!?;\n\r".unicodeScalars.map(\.value))
  static func endsSentence(_ scalar: UInt32) -> Bool { sentenceEnds.contains(scalar) }

  /// Ends a clause: subjects and clause-scoped cues never look across one.
  private static let clauseEnds: Set<UInt32> = Set("，,：:（）()".unicodeScalars.map(\.value))
  static func endsClause(_ scalar: UInt32) -> Bool { endsSentence(scalar) || clauseEnds.contains(scalar) }

  /// Separates items of a list (、): a subject is taken from the item, not the whole clause.
  static func endsListItem(_ scalar: UInt32) -> Bool { endsClause(scalar) || scalar == 0x3001 }
}

extension Array where Element == UInt32 {
  /// The text of `range`, which must lie inside the array.
  func string(_ range: Range<Int>) -> String {
    var view = String.UnicodeScalarView()
    for value in self[range] { if let scalar = Unicode.Scalar(value) { view.append(scalar) } }
    return String(view)
  }
}

extension String {
  /// The scalar values of the string, the unit of every offset the extractors report.
  var scalarValues: [UInt32] { unicodeScalars.map(\.value) }
}
