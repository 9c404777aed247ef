/// Reads Arabic numbers (ASCII or fullwidth digits) with optional thousands grouping, a decimal
/// part and trailing Chinese magnitudes (21.72万, 3千, 4亿).
struct ArabicNumberParser: Sendable {
  let table: NumeralTable
  private let maxDigits = 15

  func read(_ text: [Unicode.Scalar], at start: Int) -> NumberReading? {
    guard start < text.count, ScalarClass.isArabicDigit(text[start]) else { return nil }
    var mantissa = 0.0
    var index = start
    var integerDigits = 0
    while index < text.count, let digit = ScalarClass.arabicDigitValue(text[index]) {
      mantissa = mantissa * 10 + Double(digit)
      integerDigits += 1
      index += 1
    }
    // Longer digit runs are codes or serial numbers, and would lose precision or overflow.
    guard integerDigits <= maxDigits else { return nil }
    var hasGrouping = false
    if integerDigits <= 3 {
      while let groupEnd = validGroup(text, separatorAt: index) {
        for position in (index + 1)..<groupEnd {
          mantissa = mantissa * 10 + Double(ScalarClass.arabicDigitValue(text[position]) ?? 0)
        }
        integerDigits += 3
        hasGrouping = true
        guard integerDigits <= maxDigits else { return nil }
        index = groupEnd
      }
    }
    var decimals = 0
    if index + 1 < text.count, table.decimalPoints.contains(text[index]),
      ScalarClass.isArabicDigit(text[index + 1])
    {
      index += 1
      while index < text.count, let digit = ScalarClass.arabicDigitValue(text[index]) {
        if decimals < maxDigits {
          mantissa = mantissa * 10 + Double(digit)
          decimals += 1
        }
        index += 1
      }
    }
    let scale = pow10(decimals)
    var cuts = [NumberReading.Cut(end: index, value: mantissa / scale)]
    readUnits(text, from: index, first: mantissa / scale, cuts: &cuts)
    return NumberReading(
      start: start, style: .arabic, cuts: cuts, integerDigitCount: integerDigits,
      hasDecimals: decimals > 0, hasGrouping: hasGrouping, isDigitString: false, isBareMagnitude: false)
  }

  /// Chinese units after the digits, each a possible end: 21.72万, 3千, 1.2万亿, and further digit
  /// groups before a smaller unit (5万4千6百, 5亿1万4千6百).
  private func readUnits(
    _ text: [Unicode.Scalar], from start: Int, first: Double, cuts: inout [NumberReading.Cut]
  ) {
    var accumulator = NumeralAccumulator()
    _ = accumulator.acceptArabic(first)
    var index = start
    while index < text.count {
      if let kind = unitKind(text[index]) {
        // 万亿 (10¹²) is the largest magnitude Chinese writes; a longer chain is not a number.
        guard accumulator.accept(kind), accumulator.value <= max(first, 1) * 1e12 else { return }
        index += 1
        cuts.append(.init(end: index, value: accumulator.value))
        continue
      }
      // Digits continue the number only between units: 5万4千, not the 2024 of 5万2024年.
      guard accumulator.hasUnit, let group = plainDigits(text, at: index), group.end < text.count,
        unitKind(text[group.end]) != nil, accumulator.acceptArabic(group.value)
      else { return }
      index = group.end
    }
  }

  /// A short run of Arabic digits without separators or decimals.
  private func plainDigits(_ text: [Unicode.Scalar], at start: Int) -> (value: Double, end: Int)? {
    var index = start
    var value = 0.0
    while index < text.count, index - start < 4, let digit = ScalarClass.arabicDigitValue(text[index]) {
      value = value * 10 + Double(digit)
      index += 1
    }
    return index > start ? (value, index) : nil
  }

  /// The end of a `,123` group at `index`, when exactly three digits follow the separator.
  private func validGroup(_ text: [Unicode.Scalar], separatorAt index: Int) -> Int? {
    guard index < text.count, table.groupSeparators.contains(text[index]) else { return nil }
    for offset in 1...3 {
      guard index + offset < text.count, ScalarClass.isArabicDigit(text[index + offset]) else { return nil }
    }
    let after = index + 4
    if after < text.count, ScalarClass.isArabicDigit(text[after]) { return nil }
    return after
  }

  /// Hundreds and above fold into an Arabic number (3千, 1.1万); 十 after digits is not written.
  private func unitKind(_ scalar: Unicode.Scalar) -> NumeralTable.Kind? {
    switch table.chinese(scalar) {
    case .smallUnit(let unit) where unit >= 100: return .smallUnit(unit)
    case .magnitude(let factor): return .magnitude(factor)
    default: return nil
    }
  }

  private func pow10(_ exponent: Int) -> Double {
    var result = 1.0
    for _ in 0..<exponent { result *= 10 }
    return result
  }
}
