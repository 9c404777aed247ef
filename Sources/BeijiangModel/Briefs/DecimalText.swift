import Foundation

/// Decimal numerals for figures: no exponent, no trailing zeros (1.10 → 1.1, 3.0 → 3), no "-0".
enum DecimalText {
  /// `value` with at most `digits` fraction digits, or nil when that would lose precision
  /// (12345.6789 with 2 digits). Tolerates the binary noise of scaling (217200 / 1e4 * 100).
  static func exact(_ value: Double, fractionDigits digits: Int) -> String? {
    let scaled = value * pow(10, Double(digits))
    guard abs(scaled - scaled.rounded()) <= max(1e-6, abs(scaled) * 1e-12) else { return nil }
    return text(units: scaled.rounded(), fractionDigits: digits)
  }

  /// `value` rounded to at most `digits` fraction digits.
  static func rounded(_ value: Double, fractionDigits digits: Int) -> String {
    text(units: (value * pow(10, Double(digits))).rounded(), fractionDigits: digits)
  }

  /// Inserts a comma every three digits of the integer part: 1234567.5 → 1,234,567.5.
  static func grouped(_ numeral: String) -> String {
    let negative = numeral.hasPrefix("-")
    let unsigned = negative ? String(numeral.dropFirst()) : numeral
    let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    var integer = Array(parts[0])
    var index = integer.count - 3
    while index > 0 {
      integer.insert(",", at: index)
      index -= 3
    }
    let fraction = parts.count > 1 ? "." + parts[1] : ""
    return (negative ? "-" : "") + String(integer) + fraction
  }

  /// `units` counts 10^-digits; written with a decimal point and trimmed.
  private static func text(units: Double, fractionDigits digits: Int) -> String {
    guard units.isFinite else { return units.isNaN ? "NaN" : (units < 0 ? "-∞" : "∞") }
    var numerals = String(format: "%.0f", abs(units))
    if numerals.count <= digits {
      numerals = String(repeating: "0", count: digits + 1 - numerals.count) + numerals
    }
    let integer = numerals.dropLast(digits)
    var fraction = numerals.suffix(digits)
    while fraction.last == "0" { fraction = fraction.dropLast() }
    let body = fraction.isEmpty ? String(integer) : "\(integer).\(fraction)"
    return units < 0 && body != "0" ? "-" + body : body
  }
}

/// A number split into a mantissa and a magnitude word: 1.1 and 万, 400 and million, 4200 and none.
struct ScaledNumeral: Equatable {
  var mantissa: String
  var magnitude: String

  /// Magnitudes a figure may be scaled to, largest first.
  static let chineseMagnitudes: [(word: String, size: Double)] = [("万亿", 1e12), ("亿", 1e8), ("万", 1e4)]
  static let englishMagnitudes: [(word: String, size: Double)] = [
    ("trillion", 1e12), ("billion", 1e9), ("million", 1e6),
  ]

  /// Scaled by the largest magnitude that leaves at most two exact fraction digits and a mantissa of
  /// at least 1 (21.72万, 12.5亿, 4200); otherwise plain, rounded to four fraction digits.
  static func scaled(
    _ value: Double, magnitudes: [(word: String, size: Double)], grouping: Bool
  ) -> ScaledNumeral {
    for magnitude in magnitudes where abs(value) >= magnitude.size {
      if let mantissa = DecimalText.exact(value / magnitude.size, fractionDigits: 2) {
        return ScaledNumeral(
          mantissa: grouping ? DecimalText.grouped(mantissa) : mantissa, magnitude: magnitude.word)
      }
    }
    let plain = DecimalText.rounded(value, fractionDigits: 4)
    return ScaledNumeral(mantissa: grouping ? DecimalText.grouped(plain) : plain, magnitude: "")
  }
}
