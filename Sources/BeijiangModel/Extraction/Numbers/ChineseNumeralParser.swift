/// Reads Chinese numerals: 三千五百万, 十一, 两百, 一亿三千万, and positional digit strings such as
/// 二〇二四. The run stops at the first character that would make the numeral irregular.
struct ChineseNumeralParser: Sendable {
  let table: NumeralTable

  func read(_ text: [UInt32], at start: Int) -> NumberReading? {
    guard start < text.count, table.isChineseNumeral(text[start]) else { return nil }
    if let digitString = readDigitString(text, at: start) { return digitString }
    var accumulator = Accumulator()
    var cuts: [NumberReading.Cut] = []
    var index = start
    var sawDigit = false
    while index < text.count, let kind = table.chinese(text[index]), accumulator.accept(kind) {
      if case .digit = kind { sawDigit = true }
      index += 1
      cuts.append(.init(end: index, value: accumulator.value))
    }
    guard !cuts.isEmpty else { return nil }
    return NumberReading(
      start: start, style: .chinese, cuts: cuts, integerDigitCount: index - start, hasDecimals: false,
      hasGrouping: false, isDigitString: false, isBareMagnitude: !sawDigit)
  }

  /// Two or more digits in a row with no unit between them (二〇二四) read positionally.
  private func readDigitString(_ text: [UInt32], at start: Int) -> NumberReading? {
    var index = start
    var value = 0.0
    while index < text.count, case .digit(let digit) = table.chinese(text[index]) {
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

/// The running value of a Chinese numeral: sections of 千百十 multiplied by 万 and 亿.
private struct Accumulator {
  private var total = 0.0
  private var section = 0.0
  private var pending: Double?
  private var lastSmallUnit = Int.max
  private var largestMagnitude = 0.0
  private var sawZero = false
  private var isEmpty = true

  var value: Double { total + section + (pending ?? 0) }

  /// Adds one character; false when it cannot continue a regular numeral.
  mutating func accept(_ kind: NumeralTable.Kind) -> Bool {
    defer { isEmpty = false }
    switch kind {
    case .digit(0):
      guard !isEmpty, pending == nil else { return false }
      sawZero = true
      return true
    case .digit(let digit):
      guard pending == nil else { return false }
      pending = Double(digit)
      return true
    case .smallUnit(let unit):
      guard unit < lastSmallUnit else { return false }
      guard pending != nil || isEmpty || (unit == 10 && sawZero) else { return false }
      section += (pending ?? 1) * Double(unit)
      pending = nil
      lastSmallUnit = unit
      sawZero = false
      return true
    case .magnitude(let factor):
      let amount = section + (pending ?? 0)
      if amount == 0 && total == 0 {
        guard isEmpty else { return false }
        total = factor
      } else if factor > largestMagnitude {
        total = (total + amount) * factor
      } else {
        guard amount > 0 else { return false }
        total += amount * factor
      }
      largestMagnitude = max(largestMagnitude, factor)
      section = 0
      pending = nil
      lastSmallUnit = Int.max
      sawZero = false
      return true
    }
  }
}
