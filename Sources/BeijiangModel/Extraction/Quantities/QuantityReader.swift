/// Reads one quantity at a numeral: the number with its sign, a unit from the lexicon (or two:
/// 五元三毛), qualifiers on either side, ranges and bounds (200至300万亩, 大于二十小于等于三十五,
/// 20和30之间, 1000以上1500以下) and the share forms (40%, 百分之五十, 九成, 三成半, 75折, 一半).
/// The forms live in extensions: ShareForms, RangeForms, CompoundAmounts, ApproximatePairs.
struct QuantityReader: Sendable {
  let lexicon: MetricsLexicon

  var numbers: NumberReader { lexicon.numbers }
  var numerals: NumeralTable { lexicon.numerals }

  func read(_ text: [Unicode.Scalar], at position: Int, lowerBound: Int) -> QuantityMatch? {
    var before = lexicon.qualifiers.matchBefore(text, endingAt: position, lowerBound: lowerBound)
    guard
      var match = readDoubling(text, at: position) ?? readShareWord(text, at: position)
        ?? readSingle(text, at: position, standalone: before != nil)
    else { return nil }
    if let sign = signStart(text, before: position, lowerBound: lowerBound), before == nil {
      match.scale(by: -1)
      match.start = sign
      before = lexicon.qualifiers.matchBefore(text, endingAt: sign, lowerBound: lowerBound)
    }
    if match.low == nil, let range = readRange(text, first: match) { match = range }
    if let before {
      if let pair = readBoundPair(text, first: match, lowerQualifier: before) { return pair }
      match.qualifier = match.qualifier ?? before.meaning
      if match.low == nil { setInclusive(&match, before) }
      match.start = before.bound
    }
    return match
  }

  /// One number with its unit and qualifiers, without looking for a range. `standalone` lets a
  /// Chinese numeral without unit stand (the 二十 of 大于二十的).
  func readSingle(_ text: [Unicode.Scalar], at position: Int, standalone: Bool = false) -> QuantityMatch? {
    if let pair = readApproximatePair(text, at: position) { return pair }
    guard let number = numbers.read(text, at: position), !touchesLatinLetters(text, number) else {
      return nil
    }
    // 会上千方百计: a vague lead does not reach into a listed word (千方百计) its numeral begins.
    if number.hasVagueLead, lexicon.notQuantityFilter.coveringWordEnd(text, at: position + 1) != nil {
      return nil
    }
    if number.isDigitString { return readDiscount(text, number: number) ?? readDigitStringBare(text, number) }
    if let fraction = readFraction(text, number: number) { return fraction }
    if let fraction = readSlashFraction(text, number: number) { return fraction }
    if let withUnit = readWithUnit(text, number: number) { return withUnit }
    if let tenths = readTenths(text, number: number) { return tenths }
    if let discount = readDiscount(text, number: number) { return discount }
    return readBare(text, number, standalone: standalone)
  }

  /// The cut and unit giving the longest match; ties go to the earlier cut (3千米 is 3 千米).
  func readWithUnit(_ text: [Unicode.Scalar], number: NumberReading) -> QuantityMatch? {
    var best: (cut: NumberReading.Cut, unit: ResolvedUnit, end: Int, qualifier: QualifierHit?, scale: Double)?
    for cut in number.cuts {
      var unitStart = cut.end
      var scale = 1.0
      let inner = lexicon.qualifiers.matchAfterNumber(text, at: cut.end)
      if let inner { (unitStart, scale) = magnitudes(text, from: inner.bound) }
      guard let unit = lexicon.units.match(text, at: unitStart),
        !foldsSmallerMagnitude(text, number, cut: cut, unit: unit.unit)
      else { continue }
      if unit.end > best?.end ?? -1 { best = (cut, unit.unit, unit.end, inner, scale) }
    }
    guard let best, isAcceptable(text, number, cut: best.cut, unit: best.unit) else { return nil }
    var match = QuantityMatch(
      start: number.start, end: best.end, tailStart: best.end,
      value: DecimalProduct.times(DecimalProduct.times(best.cut.value, best.scale), best.unit.multiplier),
      unitName: best.unit.name, unit: best.unit, qualifier: best.qualifier?.meaning, isShare: false)
    if best.unit.dimension == "share" { match.value = scaled(match.value!, by: best.unit.toBase) }
    if best.qualifier == nil { extendCompound(text, &match) }
    applyTrailingQualifier(text, to: &match)
    // 十几人, 几十万亩: 几 was read as its least value.
    if number.isVague, match.qualifier == nil { match.qualifier = .atLeast }
    return match
  }

  /// 3亿5千 + 万元: a unit folding in a magnitude (万元 is 元 × 10⁴) cannot follow a number that
  /// already holds a larger one; 3亿5千万 is one number (3.5 × 10⁸) before 元, as 两亿三千万元 is.
  private func foldsSmallerMagnitude(
    _ text: [Unicode.Scalar], _ number: NumberReading, cut: NumberReading.Cut, unit: ResolvedUnit
  ) -> Bool {
    guard unit.multiplier > 1, cut.end < number.end else { return false }
    for index in number.start..<cut.end {
      if case .magnitude(let factor) = numerals.chinese(text[index]), factor > unit.multiplier { return true }
    }
    return false
  }

  /// Magnitudes after 多/余 (1000多万亩, 20余万人): where the unit starts and what they multiply by.
  private func magnitudes(_ text: [Unicode.Scalar], from start: Int) -> (end: Int, scale: Double) {
    var index = start
    var scale = 1.0
    while index < text.count, scale < 1e12 {
      switch numerals.chinese(text[index]) {
      case .magnitude(let factor): scale *= factor
      case .smallUnit(let unit) where unit >= 100: scale *= Double(unit)
      default: return (index, scale)
      }
      index += 1
    }
    return (index, scale)
  }

  /// Chinese numerals need a unit, and some need more: 一 before a counter or a span of time is
  /// the article (一场大会战, 繁忙的一天), and a bare 万/百 only measures with a physical unit
  /// (万吨级, not 万人空巷).
  private func isAcceptable(
    _ text: [Unicode.Scalar], _ number: NumberReading, cut: NumberReading.Cut, unit: ResolvedUnit
  )
    -> Bool
  {
    guard number.style == .chinese else { return true }
    if startsSlogan(text, number) { return false }
    let isWordLike = unit.dimension == "count" || unit.dimension == "time"
    if number.isBareMagnitude, isWordLike { return false }
    if cut.end - number.start == 1, cut.value == 1, isWordLike { return false }
    return true
  }

  /// A Chinese numeral right after an opening quote begins a slogan or programme name
  /// (“六个工程”, “两个稀土基地”, “五个一”), not a figure.
  func startsSlogan(_ text: [Unicode.Scalar], _ number: NumberReading) -> Bool {
    number.start > 0 && ScalarClass.isOpeningQuote(text[number.start - 1])
  }

  /// A number without unit. Arabic digits are kept (10大…). A Chinese numeral is kept when it is
  /// written out as a number (一百五十二, 四百五, 三点一) and stands alone — not running into a word
  /// (十五大, 五大任务) and not an enumeration label (十一、) — or is 1000 or more (三千五百万).
  private func readBare(_ text: [Unicode.Scalar], _ number: NumberReading, standalone: Bool) -> QuantityMatch?
  {
    if number.style == .chinese {
      guard !number.isBareMagnitude, !number.hasVagueLead, !startsSlogan(text, number) else { return nil }
      let written = number.hasUnitCharacter && (standalone || standsAlone(text, end: number.end))
      guard written || number.value >= 1000, !isLabel(text, number) else { return nil }
    }
    if let listed = readListed(text, number) { return listed }
    var match = QuantityMatch(
      start: number.start, end: number.end, tailStart: number.end, value: number.value, unitName: nil,
      unit: nil, qualifier: nil, isShare: false)
    applyTrailingQualifier(text, to: &match)
    return match
  }

  /// 二零二四 standing alone is the number 2024; a run of two (三五) is not written alone.
  private func readDigitStringBare(_ text: [Unicode.Scalar], _ number: NumberReading) -> QuantityMatch? {
    guard number.integerDigitCount >= 3, standsAlone(text, end: number.end), !isLabel(text, number) else {
      return nil
    }
    return QuantityMatch(
      start: number.start, end: number.end, tailStart: number.end, value: number.value, unitName: nil,
      unit: nil, qualifier: nil, isShare: false)
  }

  /// Nothing word-like follows: the end, a non-Han character, a range connector or a bound word.
  func standsAlone(_ text: [Unicode.Scalar], end: Int) -> Bool {
    guard end < text.count, ScalarClass.isHan(text[end]) else { return true }
    if numerals.rangeConnectors.longestMatch(in: text, at: end) != nil { return true }
    if lexicon.qualifiers.betweenConnectors.longestMatch(in: text, at: end) != nil { return true }
    return lexicon.qualifiers.matchAfterUnit(text, at: end, dimension: nil) != nil
  }

  /// 十一、 and （十二） number a list, they do not measure.
  private func isLabel(_ text: [Unicode.Scalar], _ number: NumberReading) -> Bool {
    let labelEnds: Set<Unicode.Scalar> = ["、", "）", ")"]
    let labelOpens: Set<Unicode.Scalar> = ["（", "("]
    if number.end < text.count, labelEnds.contains(text[number.end]) { return true }
    return number.start > 0 && labelOpens.contains(text[number.start - 1])
  }

  /// `dimension`: the unit's, or `share` for a share word without a unit entry (一成多).
  func applyTrailingQualifier(
    _ text: [Unicode.Scalar], to match: inout QuantityMatch, dimension: String? = nil
  ) {
    guard
      let trailing = lexicon.qualifiers.matchAfterUnit(
        text, at: match.end, dimension: dimension ?? match.unit?.dimension)
    else { return }
    if match.qualifier == nil {
      match.qualifier = trailing.meaning
      setInclusive(&match, trailing)
    }
    match.end = trailing.bound
    match.tailStart = trailing.bound
  }

  /// A bound word's inclusiveness on the side it bounds (大于: low, exclusive).
  func setInclusive(_ match: inout QuantityMatch, _ hit: QualifierHit) {
    guard let inclusive = hit.inclusive else { return }
    if hit.meaning == .atLeast { match.lowInclusive = inclusive }
    if hit.meaning == .atMost { match.highInclusive = inclusive }
  }

  /// 5G, PM2.5, G20: digits glued to Latin letters are codes, not figures, unless the letters are a
  /// unit (220KV, 500MW).
  private func touchesLatinLetters(_ text: [Unicode.Scalar], _ number: NumberReading) -> Bool {
    guard number.style == .arabic else { return false }
    if number.start > 0, ScalarClass.isLatinLetter(text[number.start - 1]) { return true }
    let end = number.cuts[0].end
    guard end < text.count, ScalarClass.isLatinLetter(text[end]) else { return false }
    return lexicon.units.match(text, at: end) == nil
  }

  /// value × factor, dividing by the inverse when the factor is a decimal fraction so 40% is exactly 0.4.
  /// A power of ten goes through `DecimalProduct`, so 5.2% is 0.052, not 0.052000000000000005.
  func scaled(_ value: Double, by factor: Double) -> Double {
    guard factor < 1 else { return DecimalProduct.times(value, factor) }
    let inverse = (1 / factor).rounded()
    guard abs(inverse * factor - 1) < 1e-9 else { return value * factor }
    return DecimalProduct.isPowerOfTen(inverse) ? DecimalProduct.times(value, factor) : value / inverse
  }
}
