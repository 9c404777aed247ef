/// A number read at a position of the text, with every place where it could end. A number can end
/// before or after each magnitude character (3千米 is 3 千米 or 3千 米), so the quantity reader
/// picks the cut that lets the longest unit follow.
struct NumberReading: Sendable, Equatable {
  /// A possible end of the number and the value it has there.
  struct Cut: Sendable, Equatable {
    let end: Int
    let value: Double
  }

  enum Style: Sendable, Equatable {
    case arabic
    case chinese
  }

  let start: Int
  let style: Style
  /// Possible ends, shortest first; the last one is the full reading.
  let cuts: [Cut]
  /// Digits before any decimal point (Arabic) or numeral characters (Chinese) of the first cut.
  let integerDigitCount: Int
  let hasDecimals: Bool
  let hasGrouping: Bool
  /// A Chinese run made only of digits (二〇二四), read positionally; valid only as a year.
  let isDigitString: Bool
  /// A Chinese run without any digit (万, 百): only a quantity before a measurement unit.
  let isBareMagnitude: Bool
  /// A Chinese numeral with a unit character or a decimal point (一百五十二, 四百五, 三点一): written
  /// out as a number, so a figure even without a measure word.
  var hasUnitCharacter = false
  /// Written with 几 (十几, 几十万): the value is the least it can be.
  var isVague = false
  /// Opened by a vague lead (数十, 上千): a figure only with a unit after it.
  var hasVagueLead = false

  var full: Cut { cuts[cuts.count - 1] }
  var end: Int { full.end }
  var value: Double { full.value }

  /// Plain integer with no magnitude, decimals or grouping, as years, months and days are written.
  var plainInteger: Int? {
    // 十 alone is ten as a month or day (十月, 十月十日, 一至十月), though the grammar reads it as a
    // bare magnitude like 百 or 万, which are no number alone.
    if style == .chinese, isBareMagnitude, cuts.count == 1, end == start + 1, value == 10 { return 10 }
    guard !hasDecimals, !hasGrouping, !isBareMagnitude, !isVague, value < 1e9 else { return nil }
    // An Arabic number with a magnitude folded in (3千) is no month or year.
    if style == .arabic, cuts.count > 1 { return nil }
    if style == .chinese, isDigitString, integerDigitCount > 1, integerDigitCount != 4 { return nil }
    return Int(value)
  }
}
