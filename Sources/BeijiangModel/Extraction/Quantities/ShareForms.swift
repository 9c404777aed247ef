/// The share forms of the quantity reader: 一半, 三分之一, 1/3, 百分之五十, 千分之二点四, 九成, 三成半,
/// 75折, 五五折, and the doubling 翻一番.
extension QuantityReader {
  /// The forms that start at a character other than a numeral: 对折, 半成, 翻一番.
  func readWordForm(_ text: [Unicode.Scalar], at position: Int) -> QuantityMatch? {
    readDoubling(text, at: position) ?? readShareWord(text, at: position)
  }

  /// 一半, 半数, 半成, 对折: shares written as words.
  func readShareWord(_ text: [Unicode.Scalar], at position: Int) -> QuantityMatch? {
    guard let word = numerals.shareWords.longestMatch(in: text, at: position) else { return nil }
    var match = share(start: position, end: word.end, value: numerals.shareValues[word.value], unit: nil)
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// X分之Y: 三分之一 is 1/3, 百分之五十 is 50/100, 千分之二点四 is 2.4/1000.
  func readFraction(_ text: [Unicode.Scalar], number: NumberReading) -> QuantityMatch? {
    let markerStart = number.end
    guard text.has(numerals.fractionMarker, at: markerStart),
      let numerator = numbers.read(text, at: markerStart + numerals.fractionMarker.count),
      !numerator.isDigitString, number.value > 0
    else { return nil }
    let unitName: String? =
      switch number.value {
      case 100: "%"
      case 1000: "‰"
      default: nil
      }
    var match = share(
      start: number.start, end: numerator.end, value: numerator.value / number.value, unit: unitName)
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// 1/3 and 2／5, as statistics write shares: a smaller whole number over a larger one. A slash
  /// before or after (2023/10/01) makes it a date or a code, and a known unit after it (1/2吨) a
  /// measure, so neither is read here.
  func readSlashFraction(_ text: [Unicode.Scalar], number: NumberReading) -> QuantityMatch? {
    let slashes = lexicon.units.perSeparators
    let slash = number.end
    guard number.style == .arabic, let numerator = number.plainInteger, numerator > 0,
      slash + 1 < text.count, slashes.contains(text[slash]), ScalarClass.isArabicDigit(text[slash + 1]),
      number.start == 0 || !slashes.contains(text[number.start - 1]),
      let over = numbers.read(text, at: slash + 1), over.style == .arabic,
      let denominator = over.plainInteger, numerator < denominator,
      over.end == text.count || !slashes.contains(text[over.end]),
      lexicon.units.match(text, at: over.end) == nil
    else { return nil }
    var match = share(
      start: number.start, end: over.end, value: Double(numerator) / Double(denominator), unit: nil)
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// 九成 is 0.9 and 三成半 0.35, when 成 is not the start of a word (成员, 成为, 成果).
  func readTenths(_ text: [Unicode.Scalar], number: NumberReading) -> QuantityMatch? {
    let marker = number.end
    guard marker < text.count, text[marker] == numerals.tenthsMarker, number.value > 0, number.value <= 10
    else { return nil }
    if marker + 1 < text.count, numerals.tenthsBlockedBefore.contains(text[marker + 1]) { return nil }
    var value = scaled(number.value, by: 0.1)
    var end = marker + 1
    if end < text.count, text[end] == numerals.halfMark {
      value = (number.value * 10 + 5) / 100
      end += 1
    }
    var match = share(start: number.start, end: end, value: value, unit: text.string(marker..<marker + 1))
    applyTrailingQualifier(text, to: &match, dimension: "share")
    return match
  }

  /// A discount: 8折 and 八折 are 80% of the price, 75折, 七五折 and 8.5折 are 75% and 85%.
  func readDiscount(_ text: [Unicode.Scalar], number: NumberReading) -> QuantityMatch? {
    let marker = number.end
    guard marker < text.count, text[marker] == numerals.discountMarker, number.value > 0, number.value < 100,
      !startsSlogan(text, number)
    else { return nil }
    if marker + 1 < text.count, numerals.discountBlockedBefore.contains(text[marker + 1]) { return nil }
    let isTenths = number.value < 10 && !(number.isDigitString && number.integerDigitCount == 2)
    let value = isTenths ? scaled(number.value, by: 0.1) : scaled(number.value, by: 0.01)
    return share(start: number.start, end: marker + 1, value: value, unit: text.string(marker..<marker + 1))
  }

  /// 翻一番 doubles (2倍), 翻两番 quadruples: a change whose figure is the new level as a multiple.
  /// Read at 翻, since 一番 alone is a set phrase.
  func readDoubling(_ text: [Unicode.Scalar], at position: Int) -> QuantityMatch? {
    guard text[position] == numerals.doublingLead else { return nil }
    var index = position + 1
    if index < text.count, text[index] == numerals.doublingFiller { index += 1 }
    guard let number = numbers.read(text, at: index), number.end < text.count,
      text[number.end] == numerals.doublingTail, number.value >= 1, number.value <= 10,
      let unit = lexicon.units.match(numerals.doublingUnit, at: 0)?.unit
    else { return nil }
    var value = 1.0
    for _ in 0..<Int(number.value) { value *= 2 }
    var match = QuantityMatch(
      start: position, end: number.end + 1, tailStart: number.end + 1, value: value, unitName: unit.name,
      unit: unit, qualifier: nil, isShare: false)
    match.change = .increase
    match.changeKind = .level
    return match
  }

  private func share(start: Int, end: Int, value: Double, unit: String?) -> QuantityMatch {
    QuantityMatch(
      start: start, end: end, tailStart: end, value: value, unitName: unit, unit: nil, qualifier: nil,
      isShare: true)
  }
}
