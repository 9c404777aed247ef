/// Writes figures in plain English: "about 400 million yuan", "more than 11,000 people",
/// "2 to 3 million mu", "90%". The qualifier is always a phrase before the number.
struct EnglishFigureWriter {
  var lexicon: FigureLexicon = .shared

  func text(_ figure: FigureText) -> String {
    let shape = FigureShape(figure)
    guard shape != .none else { return "—" }
    let body =
      switch figure.normalizedKind {
      case .quantity: quantityText(shape, unit: figure.unit)
      case .percentage: percentText(shape)
      case .share: shareText(shape)
      }
    let phrase = lexicon.qualifier(named: figure.effectiveQualifier(lexicon))?.qualifier.english
    return [phrase, body].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
  }

  private func quantityText(_ shape: FigureShape, unit: String?) -> String {
    let numbers = shape.values.map {
      ScaledNumeral.scaled($0, magnitudes: ScaledNumeral.englishMagnitudes, grouping: true)
    }
    let number = joinedRange(numbers)
    guard let unit, let name = unitName(unit, afterNumber: number) else { return number }
    return number + " " + name
  }

  /// "2 to 3 million" when both ends share a magnitude, "50 million to 1.2 billion" when not.
  private func joinedRange(_ numbers: [ScaledNumeral]) -> String {
    let words = numbers.map { [$0.mantissa, $0.magnitude].filter { !$0.isEmpty }.joined(separator: " ") }
    guard numbers.count == 2 else { return words[0] }
    let low = numbers[0].magnitude == numbers[1].magnitude ? numbers[0].mantissa : words[0]
    return "\(low) \(lexicon.rangeWords.english) \(words[1])"
  }

  /// The English unit, singular after exactly "1"; nil for counters English leaves out. Units the
  /// lexicon does not know are kept in Chinese rather than dropped.
  private func unitName(_ unit: String, afterNumber number: String) -> String? {
    guard let english = lexicon.englishUnit(unit) else { return unit }
    let name = number == "1" ? english.singular ?? english.plural : english.plural
    return name.isEmpty ? nil : name
  }

  private func percentText(_ shape: FigureShape) -> String {
    shape.values.map { DecimalText.rounded($0, fractionDigits: 2) + "%" }
      .joined(separator: " \(lexicon.rangeWords.english) ")
  }

  private func shareText(_ shape: FigureShape) -> String {
    if case .single(let fraction) = shape, let share = lexicon.share(equalTo: fraction) {
      return share.english
    }
    return percentText(shape.scaled(by: 100))
  }
}
