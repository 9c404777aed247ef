/// Reads one quantity at a numeral: the number, a unit from the lexicon, qualifiers on either side,
/// a range (200至300万亩) and the share forms (40%, 百分之五十, 三分之一, 九成, 一半, 1.5倍).
struct QuantityReader: Sendable {
  let lexicon: MetricsLexicon

  private var numbers: NumberReader { lexicon.numbers }
  private var numerals: NumeralTable { lexicon.numerals }

  func read(_ text: [UInt32], at position: Int, lowerBound: Int) -> QuantityMatch? {
    guard var match = readShareWord(text, at: position) ?? readSingle(text, at: position) else { return nil }
    if match.low == nil, let range = readRangeTail(text, first: match) { match = range }
    if let before = lexicon.qualifiers.matchBefore(text, endingAt: position, lowerBound: lowerBound) {
      match.qualifier = match.qualifier ?? before.0
      match.start = before.start
    }
    return match
  }

  /// 一半, 半数: shares written as words.
  private func readShareWord(_ text: [UInt32], at position: Int) -> QuantityMatch? {
    guard let word = numerals.shareWords.longestMatch(in: text, at: position) else { return nil }
    var match = QuantityMatch(
      start: position, end: word.end, tailStart: word.end, value: numerals.shareValues[word.payload],
      unitName: nil, unit: nil, qualifier: nil, isShare: true)
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// One number with its unit and qualifiers, without looking for a range.
  private func readSingle(_ text: [UInt32], at position: Int) -> QuantityMatch? {
    guard let number = numbers.read(text, at: position), !number.isDigitString,
      !touchesLatinLetters(text, number)
    else { return nil }
    if let fraction = readFraction(text, number: number) { return fraction }
    if let withUnit = readWithUnit(text, number: number) { return withUnit }
    if let tenths = readTenths(text, number: number) { return tenths }
    return readBare(number)
  }

  /// The cut and unit giving the longest match; ties go to the earlier cut (3千米 is 3 千米).
  private func readWithUnit(_ text: [UInt32], number: NumberReading) -> QuantityMatch? {
    var best: (cut: NumberReading.Cut, unit: ResolvedUnit, end: Int, qualifier: QuantityMention.Qualifier?)?
    for cut in number.cuts {
      var unitStart = cut.end
      let inner = lexicon.qualifiers.matchAfterNumber(text, at: cut.end)
      if let inner { unitStart = inner.end }
      guard let unit = lexicon.units.match(text, at: unitStart) else { continue }
      if unit.end > best?.end ?? -1 { best = (cut, unit.unit, unit.end, inner?.0) }
    }
    guard let best, isAcceptable(text, number, cut: best.cut, unit: best.unit) else { return nil }
    var match = QuantityMatch(
      start: number.start, end: best.end, tailStart: best.end, value: best.cut.value * best.unit.multiplier,
      unitName: best.unit.name, unit: best.unit, qualifier: best.qualifier, isShare: false)
    if best.unit.dimension == "share" { match.value = scaled(match.value!, by: best.unit.toBase) }
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// Chinese numerals need a unit, and some need more: 一 before a counter is the article (一场
  /// 大会战), and a bare 万/百 only measures with a physical unit (万吨级, not 万人空巷).
  private func isAcceptable(
    _ text: [UInt32], _ number: NumberReading, cut: NumberReading.Cut, unit: ResolvedUnit
  )
    -> Bool
  {
    guard number.style == .chinese else { return true }
    if startsSlogan(text, number) { return false }
    if number.isBareMagnitude, unit.dimension == "count" || unit.dimension == "time" { return false }
    if cut.end - number.start == 1, cut.value == 1, unit.dimension == "count" { return false }
    return true
  }

  /// A Chinese numeral right after an opening quote begins a slogan or programme name
  /// (“六个工程”, “两个稀土基地”, “五个一”), not a figure.
  private func startsSlogan(_ text: [UInt32], _ number: NumberReading) -> Bool {
    number.start > 0 && ScalarClass.isOpeningQuote(text[number.start - 1])
  }

  /// X分之Y: 三分之一 is 1/3, 百分之五十 is 50/100.
  private func readFraction(_ text: [UInt32], number: NumberReading) -> QuantityMatch? {
    let markerStart = number.end
    guard ScalarTrie.matches(numerals.fractionMarker, in: text, at: markerStart),
      let numerator = numbers.read(text, at: markerStart + numerals.fractionMarker.count),
      !numerator.isDigitString, number.value > 0
    else { return nil }
    let unitName: String? =
      switch number.value {
      case 100: "%"
      case 1000: "‰"
      default: nil
      }
    var match = QuantityMatch(
      start: number.start, end: numerator.end, tailStart: numerator.end,
      value: numerator.value / number.value,
      unitName: unitName, unit: nil, qualifier: nil, isShare: true)
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// 九成 is 0.9, when 成 is not the start of a word (成员, 成为, 成果).
  private func readTenths(_ text: [UInt32], number: NumberReading) -> QuantityMatch? {
    let marker = number.end
    guard marker < text.count, text[marker] == numerals.tenthsMarker, number.value > 0, number.value <= 10
    else { return nil }
    if marker + 1 < text.count, numerals.tenthsBlockedBefore.contains(text[marker + 1]) { return nil }
    var match = QuantityMatch(
      start: number.start, end: marker + 1, tailStart: marker + 1, value: number.value / 10,
      unitName: String(Character(Unicode.Scalar(numerals.tenthsMarker)!)), unit: nil, qualifier: nil,
      isShare: true)
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// A number without unit: kept for Arabic digits (10大…), for Chinese only when it is plainly a
  /// written-out figure (三千五百万), since short Chinese numerals without unit are words (五大任务).
  private func readBare(_ number: NumberReading) -> QuantityMatch? {
    if number.style == .chinese, number.isBareMagnitude || number.value < 1000 { return nil }
    return QuantityMatch(
      start: number.start, end: number.end, tailStart: number.end, value: number.value, unitName: nil,
      unit: nil, qualifier: nil, isShare: false)
  }

  /// A connector and a second quantity after the first: the first takes the second's unit and, when
  /// it has none of its own, its magnitude (200至300万亩 is 2×10⁶ to 3×10⁶ 亩).
  private func readRangeTail(_ text: [UInt32], first: QuantityMatch) -> QuantityMatch? {
    guard first.qualifier == nil, let firstValue = first.value,
      let connector = numerals.rangeConnectors.longestMatch(in: text, at: first.end),
      connector.end < text.count, numerals.startsNumber(text[connector.end]),
      let number = numbers.read(text, at: connector.end), !number.isDigitString,
      var second = readSingle(text, at: connector.end), let secondValue = second.value,
      first.unitName == nil || first.unitName == second.unitName, first.isShare == second.isShare
    else { return nil }
    var low = firstValue
    if first.unit == nil, !first.isShare, number.cuts[0].value > 0 {
      let magnitude = secondValue / number.cuts[0].value
      if magnitude > 1, firstValue * magnitude <= secondValue, firstValue < number.cuts[0].value {
        low = firstValue * magnitude
      }
      if let unit = second.unit, unit.dimension == "share" { low = scaled(firstValue, by: unit.toBase) }
    }
    guard low <= secondValue else { return nil }
    second.start = first.start
    second.low = low
    second.high = secondValue
    second.value = nil
    return second
  }

  private func applyTrailingQualifier(_ text: [UInt32], to match: inout QuantityMatch) {
    guard
      let trailing = lexicon.qualifiers.matchAfterUnit(text, at: match.end, dimension: match.unit?.dimension)
    else { return }
    match.qualifier = match.qualifier ?? trailing.0
    match.end = trailing.end
    match.tailStart = trailing.end
  }

  /// 5G, PM2.5, G20: digits glued to Latin letters are codes, not figures.
  private func touchesLatinLetters(_ text: [UInt32], _ number: NumberReading) -> Bool {
    func isLatin(_ scalar: UInt32) -> Bool { (scalar | 0x20) >= 0x61 && (scalar | 0x20) <= 0x7A }
    guard number.style == .arabic else { return false }
    if number.start > 0, isLatin(text[number.start - 1]) { return true }
    return number.cuts[0].end < text.count && isLatin(text[number.cuts[0].end])
  }

  /// value × factor, dividing by the inverse when the factor is a decimal fraction so 40% is exactly 0.4.
  private func scaled(_ value: Double, by factor: Double) -> Double {
    guard factor < 1 else { return value * factor }
    let inverse = (1 / factor).rounded()
    return abs(inverse * factor - 1) < 1e-9 ? value / inverse : value * factor
  }
}
