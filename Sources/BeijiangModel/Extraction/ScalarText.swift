/// Character classes over Unicode scalars. These are properties of Unicode and of Chinese
/// punctuation, not lexicon entries, so they live in code.
enum ScalarClass {
  static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x30 && scalar.value <= 0x39 }
  static func isFullwidthDigit(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value >= 0xFF10 && scalar.value <= 0xFF19
  }
  static func isArabicDigit(_ scalar: Unicode.Scalar) -> Bool {
    isASCIIDigit(scalar) || isFullwidthDigit(scalar)
  }

  /// The value of an ASCII or fullwidth digit.
  static func arabicDigitValue(_ scalar: Unicode.Scalar) -> Int? {
    if isASCIIDigit(scalar) { return Int(scalar.value - 0x30) }
    if isFullwidthDigit(scalar) { return Int(scalar.value - 0xFF10) }
    return nil
  }

  /// Han ideographs (the unified blocks and their extensions).
  static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A
  }
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    return (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0x3400 && value <= 0x4DBF)
      || (value >= 0x20000 && value <= 0x2FFFF) || (value >= 0xF900 && value <= 0xFAFF)
  }

  // Switches over literal scalars rather than Set lookups: these run for every character the
  // context scans look at, and hashing dominated the profile.

  /// “”‘’「」『』"《》
  static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x201C, 0x201D, 0x2018, 0x2019, 0x300C, 0x300D, 0x300E, 0x300F, 0x22, 0x300A, 0x300B: true
    default: false
    }
  }

  /// “‘「『"
  static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x201C, 0x2018, 0x300C, 0x300E, 0x22: true
    default: false
    }
  }

  /// Ends a sentence (。！？；!?; and line breaks): a quantity's role never looks across one.
  static func endsSentence(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3002, 0xFF01, 0xFF1F, 0xFF1B, 0x21, 0x3F, 0x3B, 0x0A, 0x0D: true
    default: false
    }
  }

  /// Ends a clause (，,：:（）()): subjects and clause-scoped cues never look across one.
  /// The first index at or after `position` that is no space (ASCII, ideographic or no-break):
  /// `2008 年` reads as 2008年.
  static func pastSpaces(_ text: [Unicode.Scalar], from position: Int) -> Int {
    var index = position
    while index < text.count, text[index] == " " || text[index] == "\u{3000}" || text[index] == "\u{A0}" {
      index += 1
    }
    return index
  }

  static func endsClause(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0xFF0C, 0x2C, 0xFF1A, 0x3A, 0xFF08, 0xFF09, 0x28, 0x29: true
    default: endsSentence(scalar)
    }
  }

  /// Separates items of a list (、): a subject is taken from the item, not the whole clause.
  static func endsListItem(_ scalar: Unicode.Scalar) -> Bool { endsClause(scalar) || scalar == "、" }
}

extension Array where Element == Unicode.Scalar {
  /// The text of `range`, which must lie inside the array.
  func string(_ range: Range<Int>) -> String {
    String(scalars: self[range])
  }

  /// Whether `word` starts at `position`.
  func has(_ word: [Unicode.Scalar], at position: Int) -> Bool {
    guard position >= 0, position + word.count <= count else { return false }
    for (offset, scalar) in word.enumerated() where self[position + offset] != scalar { return false }
    return true
  }

  /// Whether `word` ends right before `position` and starts at or after `lowerBound`.
  func has(_ word: [Unicode.Scalar], endingAt position: Int, lowerBound: Int) -> Bool {
    position - word.count >= lowerBound && has(word, at: position - word.count)
  }
}

extension String {
  /// The scalars of the string, the unit of every offset the extractors report. Decodes the UTF-8
  /// storage directly: `Array(unicodeScalars)` first walks the whole string to count it.
  var scalars: [Unicode.Scalar] {
    var copy = self
    return copy.withUTF8 { bytes in
      // Count the scalars first (every byte that is not a continuation byte starts one) so the
      // array is allocated once; growing it copies the whole text again.
      var count = 0
      for byte in bytes where byte & 0xC0 != 0x80 { count += 1 }
      return [Unicode.Scalar](unsafeUninitializedCapacity: count) { buffer, initialized in
        var index = 0
        while index < bytes.count {
          let lead = UInt32(bytes[index])
          let value: UInt32
          if lead < 0x80 {
            value = lead
            index += 1
          } else if lead < 0xE0 {
            value = (lead & 0x1F) << 6 | UInt32(bytes[index + 1] & 0x3F)
            index += 2
          } else if lead < 0xF0 {
            value =
              (lead & 0x0F) << 12 | UInt32(bytes[index + 1] & 0x3F) << 6 | UInt32(bytes[index + 2] & 0x3F)
            index += 3
          } else {
            value =
              (lead & 0x07) << 18 | UInt32(bytes[index + 1] & 0x3F) << 12 | UInt32(bytes[index + 2] & 0x3F)
              << 6
              | UInt32(bytes[index + 3] & 0x3F)
            index += 4
          }
          // A String's UTF-8 is valid, so every decoded value is a scalar: skip the failable init.
          buffer[initialized] = unsafeBitCast(value, to: Unicode.Scalar.self)
          initialized += 1
        }
      }
    }
  }
}
