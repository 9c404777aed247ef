/// A decimal read from the text times a power of ten, as the decimal it names. In binary doubles
/// 520.3 × 10⁸ is 52029999999.99999 and 2.3 × 10⁸ is 229999999.99999997, which the output then
/// prints; a reader wrote 520.3亿 and means 52030000000.
enum DecimalProduct {
  /// `value` × `factor` when `factor` is a whole power of ten or its inverse (10⁴, 10⁸, 0.001):
  /// the digits of `value` are made whole first, multiplied exactly, and divided back once, so the
  /// result is the double nearest the decimal product. Any other factor multiplies as it is.
  static func times(_ value: Double, _ factor: Double) -> Double {
    let plain = value * factor
    guard value.isFinite, factor > 0, plain.magnitude < 1e15 else { return plain }
    let inverse = (1 / factor).rounded()
    if factor < 1, inverse > 1, isPowerOfTen(inverse), abs(inverse * factor - 1) < 1e-12 {
      return divided(value, by: inverse) ?? plain
    }
    guard factor >= 1, isPowerOfTen(factor),
      let digits = wholeDigits(of: value, keeping: { ($0 * factor).magnitude < 9e15 })
    else { return plain }
    return digits.whole * factor / digits.shift
  }

  /// `value` / `divisor` through the same whole digits (2500 / 1000 = 2.5, 1.1 / 10 = 0.11).
  private static func divided(_ value: Double, by divisor: Double) -> Double? {
    wholeDigits(of: value, keeping: { $0.magnitude < 9e15 }).map { $0.whole / (divisor * $0.shift) }
  }

  /// `value` × `shift` as a whole number, for the least power of ten `shift` up to 10⁹ that makes
  /// it whole and keeps `isExact` true of it; nil when none does.
  private static func wholeDigits(of value: Double, keeping isExact: (Double) -> Bool)
    -> (whole: Double, shift: Double)?
  {
    var shift = 1.0
    for _ in 0...9 {
      let shifted = value * shift
      let whole = shifted.rounded()
      if abs(shifted - whole) <= max(1, abs(shifted)) * 1e-12, isExact(whole) { return (whole, shift) }
      shift *= 10
    }
    return nil
  }

  static func isPowerOfTen(_ number: Double) -> Bool {
    var power = 1.0
    while power < number { power *= 10 }
    return power == number
  }
}
