/// Amounts written in two units of one dimension, reported in the first: 五元三毛 is 5.3 元,
/// 两美元又三美分 2.03 美元, 5斤2两 5.2 斤, 3小时20分钟 3⅓ 小时; the colloquial 三块五 (3.5 元); and
/// a trailing 半 (两年半 is 2.5 年); and rates, a unit per another (87.34元/公斤).
extension QuantityReader {
  func extendCompound(_ text: [Unicode.Scalar], _ match: inout QuantityMatch) {
    guard let unit = match.unit, let value = match.value, match.end < text.count else { return }
    let units = lexicon.units
    if units.perSeparators.contains(text[match.end]), unit.dimension != "share",
      let other = units.match(text, at: match.end + 1), other.unit.dimension != "share"
    {
      let rate = units.rate(unit, per: other.unit, separator: text.string(match.end..<match.end + 1))
      (match.unit, match.unitName) = (rate, rate.name)
      match.end = other.end
      match.tailStart = other.end
      return
    }
    if unit.takesHalf, text[match.end] == units.halfMark {
      match.value = value + 0.5 * unit.multiplier
      match.end += 1
      match.tailStart = match.end
      return
    }
    guard unit.takesSecondPart else { return }
    var index = match.end
    if let joiner = units.compoundJoiners.longestMatch(in: text, at: index) { index = joiner.end }
    guard index < text.count, numerals.startsNumber(text[index]), let number = numbers.read(text, at: index),
      !number.isDigitString
    else { return }
    if let part = units.smaller(text, at: number.end, than: unit) {
      // The value is in the first unit's name (元 of 万元), so the part converts to that.
      match.value = value + number.value * part.unit.multiplier * part.unit.toBase / unit.toBase
      match.end = part.end
    } else if unit.onlyBeforeNumber, index == match.end, number.end - number.start == 1, number.value < 10 {
      // 三块五: the digit after 块 is tenths of it.
      match.value = value + number.value / 10 * unit.multiplier
      match.end = number.end
    } else {
      return
    }
    match.tailStart = match.end
  }
}
