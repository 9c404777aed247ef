import Foundation

/// A list of numbers whose unit is written once, after the last: 分别快4.6和3.1个百分点,
/// 收窄1.7、0.7、8.3个百分点, 分别为1.2、3.4万元. Each earlier number takes the last one's unit and
/// the power of ten it folds in (万元: 10⁴). Only plain Arabic numbers share a unit this way: a
/// Chinese numeral before 、 numbers a list (十一、), and a number with its own magnitude (3万、5万元)
/// would need the two magnitudes told apart.
extension QuantityReader {
  /// The most numbers a list runs to before its unit; a longer run is a table, not a sentence.
  private static let longestList = 8

  /// The unit and factor the numbers joined after `end` end with, or nil when they end without one.
  func listedUnit(_ text: [Unicode.Scalar], after end: Int) -> (unit: ResolvedUnit, factor: Double)? {
    var position = end
    for _ in 0..<Self.longestList {
      guard let joiner = lexicon.units.listJoiners.longestMatch(in: text, at: position),
        joiner.end < text.count, ScalarClass.isArabicDigit(text[joiner.end]),
        let next = numbers.read(text, at: joiner.end), next.style == .arabic
      else { return nil }
      if let withUnit = readWithUnit(text, number: next) { return sharedUnit(withUnit, of: next) }
      position = next.end
    }
    return nil
  }

  /// The last number's unit, when what it folds in is a power of ten (a second unit, 5元3角, is not).
  private func sharedUnit(_ match: QuantityMatch, of number: NumberReading) -> (
    unit: ResolvedUnit, factor: Double
  )? {
    let digits = number.cuts[0].value
    guard let unit = match.unit, match.low == nil, let value = match.value, digits > 0,
      !isYearList(unit, number)
    else { return nil }
    let ratio = value / digits
    let factor = pow(10, log10(ratio).rounded())
    guard abs(ratio / factor - 1) < 1e-9 else { return nil }
    return (unit, factor)
  }

  /// 2019、2020年 lists years, whatever a duration in 年 would make of it.
  private func isYearList(_ unit: ResolvedUnit, _ number: NumberReading) -> Bool {
    guard unit.dimension == "time", let year = number.plainInteger else { return false }
    return number.integerDigitCount == 4 && (1000...2999).contains(year)
  }

  /// A plain Arabic number before such a list, with the list's unit.
  func readListed(_ text: [Unicode.Scalar], _ number: NumberReading) -> QuantityMatch? {
    guard number.style == .arabic, number.cuts.count == 1,
      let listed = listedUnit(text, after: number.end)
    else { return nil }
    return QuantityMatch(
      start: number.start, end: number.end, tailStart: number.end,
      value: DecimalProduct.times(number.value, listed.factor), unitName: listed.unit.name,
      unit: listed.unit, qualifier: nil, isShare: false)
  }
}
