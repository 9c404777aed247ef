/// Ranges and bounds as one mention with both ends: 200至300万亩, 1万列到2.5万列, 20%~30%,
/// 20和30之间, 1000以上1500以下, 大于二十的同时小于等于三十五.
extension QuantityReader {
  /// A range starting with `first`: a connector and a second figure, X和Y之间, or X以上Y以下.
  func readRange(_ text: [Unicode.Scalar], first: QuantityMatch) -> QuantityMatch? {
    if first.qualifier == nil, let range = readConnected(text, first: first) { return range }
    if first.qualifier == .atLeast, let range = readOpenPair(text, first: first) { return range }
    return nil
  }

  /// A connector and a second quantity after the first: the first takes the second's unit and, when
  /// it has none of its own, its magnitude (200至300万亩 is 2×10⁶ to 3×10⁶ 亩). 和/与 join a range
  /// only when 之间 closes it (位于20和30之间).
  private func readConnected(_ text: [Unicode.Scalar], first: QuantityMatch) -> QuantityMatch? {
    var connectorEnd = numerals.rangeConnectors.longestMatch(in: text, at: first.end)?.end
    var needsBetween = false
    if connectorEnd == nil,
      let between = lexicon.qualifiers.betweenConnectors.longestMatch(in: text, at: first.end)
    {
      connectorEnd = between.end
      needsBetween = true
    }
    guard let connectorEnd, connectorEnd < text.count, numerals.startsNumber(text[connectorEnd]),
      var second = readSingle(text, at: connectorEnd, standalone: true), second.low == nil,
      let firstValue = first.value, let secondValue = second.value, second.qualifier == nil || !needsBetween,
      first.unitName == nil || first.unitName == second.unitName, first.isShare == second.isShare
    else { return nil }
    let low = lowEnd(text, first: first, firstValue: firstValue, second: second, at: connectorEnd)
    guard low <= secondValue else { return nil }
    second.start = first.start
    second.makeRange(low: low, high: secondValue)
    if text.has(lexicon.qualifiers.betweenEnd, at: second.end) {
      second.end += lexicon.qualifiers.betweenEnd.count
      second.tailStart = second.end
    } else if needsBetween {
      return nil
    }
    return second
  }

  /// The low end in the second's unit: 200 of 200至300万亩 takes 万; 3 of 3至5% becomes 0.03.
  private func lowEnd(
    _ text: [Unicode.Scalar], first: QuantityMatch, firstValue: Double, second: QuantityMatch,
    at position: Int
  ) -> Double {
    guard first.unit == nil, !first.isShare, let number = numbers.read(text, at: position),
      number.cuts[0].value > 0, let secondValue = second.value
    else { return firstValue }
    var low = firstValue
    let magnitude = secondValue / number.cuts[0].value
    if magnitude > 1, firstValue * magnitude <= secondValue, firstValue < number.cuts[0].value {
      low = DecimalProduct.times(firstValue, magnitude)
    }
    if let unit = second.unit, unit.dimension == "share" { low = scaled(firstValue, by: unit.toBase) }
    return low
  }

  /// 1000以上1500以下: a lower bound followed at once by an upper one.
  private func readOpenPair(_ text: [Unicode.Scalar], first: QuantityMatch) -> QuantityMatch? {
    guard first.end < text.count, numerals.startsNumber(text[first.end]), let low = first.value,
      var second = readSingle(text, at: first.end, standalone: true), second.qualifier == .atMost,
      let high = second.value, low <= high, first.unitName == nil || first.unitName == second.unitName
    else { return nil }
    second.start = first.start
    second.makeRange(
      low: low, high: high, lowInclusive: first.lowInclusive ?? true,
      highInclusive: second.highInclusive ?? true)
    second.qualifier = nil
    return second
  }

  /// 大于二十的同时小于等于三十五, 不低于20且不超过30: a lower-bound word and figure, a joiner,
  /// an upper-bound word and figure.
  func readBoundPair(_ text: [Unicode.Scalar], first: QuantityMatch, lowerQualifier: QualifierHit)
    -> QuantityMatch?
  {
    guard lowerQualifier.meaning == .atLeast, first.low == nil,
      first.qualifier == nil || first.qualifier == .atLeast,
      let low = first.value
    else { return nil }
    var index = first.end
    if let joiner = lexicon.qualifiers.rangeJoiners.longestMatch(in: text, at: index) { index = joiner.end }
    guard let upper = matchUpperBound(text, at: index), upper.meaning == .atMost,
      var second = readSingle(text, at: upper.bound, standalone: true), second.low == nil,
      let high = second.value, low <= high, first.unitName == nil || first.unitName == second.unitName
    else { return nil }
    second.start = lowerQualifier.bound
    second.makeRange(
      low: low, high: high, lowInclusive: lowerQualifier.inclusive ?? true,
      highInclusive: upper.inclusive ?? true)
    second.qualifier = nil
    return second
  }

  /// A bound word starting at `position` and ending right before a number.
  private func matchUpperBound(_ text: [Unicode.Scalar], at position: Int) -> QualifierHit? {
    var end = position + 1
    while end < text.count, end - position <= 4 {
      if numerals.startsNumber(text[end]),
        let hit = lexicon.qualifiers.matchBefore(text, endingAt: end, lowerBound: position),
        hit.bound == position
      {
        return QualifierHit(meaning: hit.meaning, inclusive: hit.inclusive, bound: end)
      }
      end += 1
    }
    return nil
  }
}
