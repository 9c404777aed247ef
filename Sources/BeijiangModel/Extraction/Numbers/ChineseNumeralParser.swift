/// Reads Chinese numerals: 三千五百万, 十一, 两百, 四百五 (450), 一百零五, 三点一, 一点五亿, and
/// positional digit strings such as 二〇二四 or 五五 (of 五五折). The run stops at the first
/// character that would make the numeral irregular.
/// A class, built once: as a struct held in `NumberReader`, each call copied its table onto the stack.
final class ChineseNumeralParser: Sendable {
  let table: NumeralTable

  init(table: NumeralTable) { self.table = table }

  func read(_ text: [Unicode.Scalar], at start: Int) -> NumberReading? {
    guard start < text.count else { return nil }
    if let blockers = table.vagueLeads[text[start]] {
      return readVagueLead(text, at: start, blockers: blockers)
    }
    guard table.isChineseNumeral(text[start]) else { return nil }
    if let digitString = readDigitString(text, at: start) { return digitString }
    if let zeroPoint = readLeadingZero(text, at: start) { return zeroPoint }
    var accumulator = NumeralAccumulator()
    var cuts: [NumberReading.Cut] = []
    var index = start
    var isVague = false
    while index < text.count, let kind = table.chinese(text[index]), accumulator.accept(kind) {
      isVague = isVague || table.vagueDigits.contains(text[index])
      index += 1
      cuts.append(.init(end: index, value: accumulator.value))
    }
    guard !cuts.isEmpty else { return nil }
    let hasDecimals = readDecimals(text, integer: accumulator.value, cuts: &cuts)
    return NumberReading(
      start: start, style: .chinese, cuts: cuts, integerDigitCount: index - start, hasDecimals: hasDecimals,
      hasGrouping: false, isDigitString: false, isBareMagnitude: !accumulator.sawDigit,
      hasUnitCharacter: accumulator.hasUnit || hasDecimals, isVague: isVague)
  }

  /// 数十亿 (1e9, at least), 上千万 (1e7, at least): the lead stands for the least digit, 1, before
  /// a unit character; 人数十万 ends the word 人数 and 成千上万 is an idiom (`notAfter`).
  private func readVagueLead(_ text: [Unicode.Scalar], at start: Int, blockers: Set<Unicode.Scalar>)
    -> NumberReading?
  {
    guard start + 1 < text.count, start == 0 || !blockers.contains(text[start - 1]),
      let kind = table.chinese(text[start + 1]), kind != .digit(0)
    else { return nil }
    if case .digit = kind { return nil }
    guard var reading = read(text, at: start + 1), reading.isBareMagnitude, !reading.hasDecimals else {
      return nil
    }
    reading = NumberReading(
      start: start, style: .chinese, cuts: reading.cuts, integerDigitCount: reading.integerDigitCount + 1,
      hasDecimals: false, hasGrouping: false, isDigitString: false, isBareMagnitude: false,
      hasUnitCharacter: true, isVague: true)
    reading.hasVagueLead = true
    return reading
  }

  /// 零点五: 零 starts a numeral only before a decimal point.
  private func readLeadingZero(_ text: [Unicode.Scalar], at start: Int) -> NumberReading? {
    guard table.chinese(text[start]) == .digit(0), start + 1 < text.count,
      text[start + 1] == table.chineseDecimalPoint
    else { return nil }
    var cuts = [NumberReading.Cut(end: start + 1, value: 0)]
    guard readDecimals(text, integer: 0, cuts: &cuts) else { return nil }
    cuts.removeFirst()
    return NumberReading(
      start: start, style: .chinese, cuts: cuts, integerDigitCount: 1, hasDecimals: true, hasGrouping: false,
      isDigitString: false, isBareMagnitude: false, hasUnitCharacter: true)
  }

  /// 点 and Chinese digits after the integer part (三点一), then magnitudes (一点五亿). Not before
  /// 十/百/千: 八点三十分 is a time of day.
  private func readDecimals(_ text: [Unicode.Scalar], integer: Double, cuts: inout [NumberReading.Cut])
    -> Bool
  {
    var index = cuts[cuts.count - 1].end
    guard index + 1 < text.count, text[index] == table.chineseDecimalPoint else { return false }
    index += 1
    var fraction = 0.0
    var place = 0.1
    let first = index
    while index < text.count, case .digit(let digit) = table.chinese(text[index]),
      !table.notInDigitStrings.contains(text[index])
    {
      fraction += Double(digit) * place
      place /= 10
      index += 1
    }
    guard index > first else { return false }
    if index < text.count, case .smallUnit = table.chinese(text[index]) { return false }
    var value = integer + fraction
    cuts.append(.init(end: index, value: value))
    var largest = 1.0
    while index < text.count, case .magnitude(let factor) = table.chinese(text[index]),
      largest * factor <= 1e12
    {
      largest *= factor
      value = DecimalProduct.times(value, factor)
      index += 1
      cuts.append(.init(end: index, value: value))
    }
    return true
  }

  /// Two or more digits in a row with no unit between them (二〇二四, 五五) read positionally.
  private func readDigitString(_ text: [Unicode.Scalar], at start: Int) -> NumberReading? {
    var index = start
    var value = 0.0
    while index < text.count, case .digit(let digit) = table.chinese(text[index]),
      !table.notInDigitStrings.contains(text[index])
    {
      value = value * 10 + Double(digit)
      index += 1
    }
    let length = index - start
    guard length >= 2 else { return nil }
    if index < text.count, let kind = table.chinese(text[index]), kind != .digit(0) {
      if case .digit = kind {} else { return nil }
    }
    return NumberReading(
      start: start, style: .chinese, cuts: [.init(end: index, value: value)], integerDigitCount: length,
      hasDecimals: false, hasGrouping: false, isDigitString: true, isBareMagnitude: false)
  }
}
