/// Two neighbouring digits before a unit give an approximate range, as speech writes it: 七八个 is
/// seven or eight, 两三天 two or three days, 七八成 70–80%, 两三千人 2000–3000 people.
extension QuantityReader {
  func readApproximatePair(_ text: [Unicode.Scalar], at position: Int) -> QuantityMatch? {
    guard position + 2 < text.count, case .digit(let low) = numerals.chinese(text[position]),
      case .digit(let high) = numerals.chinese(text[position + 1]), low > 0, high == low + 1
    else { return nil }
    var unitStart = position + 2
    var place = 1.0
    while unitStart < text.count, let factor = placeValue(text[unitStart]), place * factor <= 1e12 {
      place *= factor
      unitStart += 1
    }
    guard unitStart < text.count else { return nil }
    if place == 1, text[unitStart] == numerals.tenthsMarker {
      if unitStart + 1 < text.count, numerals.tenthsBlockedBefore.contains(text[unitStart + 1]) { return nil }
      var match = QuantityMatch(
        start: position, end: unitStart + 1, tailStart: unitStart + 1, value: nil,
        unitName: text.string(unitStart..<unitStart + 1), unit: nil, qualifier: .about, isShare: true)
      match.makeRange(low: scaled(Double(low), by: 0.1), high: scaled(Double(high), by: 0.1))
      return match
    }
    guard let unit = lexicon.units.match(text, at: unitStart), unit.unit.dimension != "share" else {
      return nil
    }
    var match = QuantityMatch(
      start: position, end: unit.end, tailStart: unit.end, value: nil, unitName: unit.unit.name,
      unit: unit.unit,
      qualifier: .about, isShare: false)
    let multiplier = unit.unit.multiplier * place
    match.makeRange(low: Double(low) * multiplier, high: Double(high) * multiplier)
    return match
  }

  private func placeValue(_ scalar: Unicode.Scalar) -> Double? {
    switch numerals.chinese(scalar) {
    case .smallUnit(let unit): Double(unit)
    case .magnitude(let factor): factor
    default: nil
    }
  }
}
