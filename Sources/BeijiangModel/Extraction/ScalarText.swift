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
  static func isLatinLetter(_ scalar: UInt32) -> Bool { (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A }
  static func isHan(_ scalar: UInt32) -> Bool {
    (scalar >= 0x4E00 && scalar <= 0x9FFF) || (scalar >= 0x3400 && scalar <= 0x4DBF)
      || (scalar >= 0x20000 && scalar <= 0x2FFFF) || (scalar >= 0xF900 && scalar <= 0xFAFF)
  }

  // Switches over literal scalars rather than Set lookups: these run for every character the
  // context scans look at, and hashing dominated the profile.

  /// “”‘’「」『』"《》
  static func isQuote(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x22, 0x300A, 0x300B: true
    default: false
    }
  }

  /// “‘「『"
  static func isOpeningQuote(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x201C, 0x2018, 0x300C, 0x300E, 0x22: true
    default: false
    }
  }

  /// Ends a sentence (。！？；!?; and line breaks): a quantity's role never looks across one.
  static func endsSentence(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x0A, 0x0D: true
    default: false
    }
  }

  /// Ends a clause (，,：:（）()): subjects and clause-scoped cues never look across one.
  /// The first index at or after `position` that is no space (ASCII, ideographic or no-break):
  /// `2008 年` reads as 2008年.
  static func pastSpaces(_ text: [UInt32], from position: Int) -> Int {
    var index = position
    while index < text.count, text[index] == 0x20 || text[index] == 0x3000 || text[index] == 0xA0 {
      index += 1
    }
    return index
  }

  static func endsClause(_ scalar: UInt32) -> Bool {
    switch scalar {
    case 0xFF0C, 0x2C, 0xFF1A, 0x3A, 0xFF08, 0xFF09, 0x28, 0x29: true
    default: endsSentence(scalar)
    }
  }

  /// Separates items of a list (、): a subject is taken from the item, not the whole clause.
  static func endsListItem(_ scalar: UInt32) -> Bool { endsClause(scalar) || scalar == 0x3001 }
}

extension Array where Element == UInt32 {
  /// The text of `range`, which must lie inside the array.
  func string(_ range: Range<Int>) -> String {
    String(scalarValues: self[range])
  }
}

extension String {
  /// The scalar values of the string, the unit of every offset the extractors report. Decodes the
  /// UTF-8 storage directly: `unicodeScalars.map` first walks the whole string to count it.
  var scalarValues: [UInt32] {
    var copy = self
    return copy.withUTF8 { bytes in
      var values: [UInt32] = []
      // Count the scalars first (every byte that is not a continuation byte starts one) so the
      // array is allocated once; growing it copies the whole text again.
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      values.reserveCapacity(count)
      var index = 0
      while index < bytes.count {
        let lead = UInt32(bytes[index])
        if lead < 0x80 {
          values.append(lead)
          index += 1
        } else if lead < 0xE0 {
          values.append((lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F))
          index += 2
        } else if lead < 0xF0 {
          values.append(
            (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F))
          index += 3
        } else {
          values.append(
            (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F) << 6
              | UInt32(bytes[index + 3] & 0x3F))
          index += 4
        }
      }
      return values
    }
  }
}
