/// Writes figures the way Chinese policy news does: 4亿元左右, 1.1万余人, 300万亩以上, 200至300万亩,
/// 40%, 九成. Rules and examples are in `docs/briefs.md`.
struct ChineseFigureWriter {
  var lexicon: FigureLexicon = .shared

  /// A figure before its qualifier is placed.
  private struct Body {
    var number: String
    var unit: String
    /// 多 and 余 can follow the number: it is a round integer (4200) or ends in a magnitude (1.1万).
    var takesDuoAfterNumber: Bool
    /// The stricter test for choosing 多 when only a meaning was given: a plain round integer.
    /// 300万多亩 is correct but reads worse than 300万亩以上.
    var isPlainRoundInteger: Bool
  }

  func text(_ figure: FigureText) -> String {
    let shape = FigureShape(figure)
    guard shape != .none else { return "—" }
    let body =
      switch figure.normalizedKind {
      case .quantity: quantityBody(shape, unit: figure.unit ?? "")
      case .percentage:
        Body(number: percentText(shape), unit: "", takesDuoAfterNumber: false, isPlainRoundInteger: false)
      case .share:
        Body(number: shareText(shape), unit: "", takesDuoAfterNumber: false, isPlainRoundInteger: false)
      }
    return qualified(body, qualifier: figure.effectiveQualifier(lexicon))
  }

  private func quantityBody(_ shape: FigureShape, unit: String) -> Body {
    let numbers = shape.values.map {
      ScaledNumeral.scaled($0, magnitudes: ScaledNumeral.chineseMagnitudes, grouping: false)
    }
    let last = numbers[numbers.count - 1]
    let plainRound = last.magnitude.isEmpty && Self.isRoundInteger(last.mantissa)
    return Body(
      number: joinedRange(numbers), unit: unit, takesDuoAfterNumber: plainRound || !last.magnitude.isEmpty,
      isPlainRoundInteger: plainRound)
  }

  /// 200至300万 when both ends share a magnitude, 5000万至1.2亿 when they do not.
  private func joinedRange(_ numbers: [ScaledNumeral]) -> String {
    guard numbers.count == 2 else { return numbers[0].mantissa + numbers[0].magnitude }
    let (low, high) = (numbers[0], numbers[1])
    let lowText = low.magnitude == high.magnitude ? low.mantissa : low.mantissa + low.magnitude
    return lowText + lexicon.rangeWords.chinese + high.mantissa + high.magnitude
  }

  /// Always Arabic numerals and a percent sign, as the news writes data (近50%, not 近百分之五十).
  private func percentText(_ shape: FigureShape) -> String {
    shape.values.map { DecimalText.rounded($0, fractionDigits: 2) + "%" }.joined(
      separator: lexicon.rangeWords.chinese)
  }

  /// 一半 and the thirds and quarters by name, whole tenths as 成 (九成), anything else as percent.
  private func shareText(_ shape: FigureShape) -> String {
    guard case .single(let fraction) = shape else {
      return percentText(shape.scaled(by: 100))
    }
    if let share = lexicon.share(equalTo: fraction) { return share.chinese }
    if let tenths = DecimalText.exact(fraction * 10, fractionDigits: 0).flatMap({ Int($0) }),
      lexicon.tenths.indices.contains(tenths - 1)
    {
      return lexicon.tenths[tenths - 1]
    }
    return percentText(.single(fraction * 100))
  }

  private func qualified(_ body: Body, qualifier name: String?) -> String {
    guard let name else { return body.number + body.unit }
    guard let (named, isDefault) = lexicon.qualifier(named: name) else {
      // An unknown word still carries meaning; most Chinese approximators precede the number.
      return name + body.number + body.unit
    }
    let qualifier = placeable(named, isDefault: isDefault, body: body)
    switch qualifier.position {
    case .beforeNumber: return qualifier.word + body.number + body.unit
    case .afterNumber: return body.number + qualifier.word + body.unit
    case .afterUnit: return body.number + body.unit + qualifier.word
    }
  }

  /// 多 and 余 only follow numbers that allow them; elsewhere their fallback (以上) says the same.
  private func placeable(_ qualifier: FigureLexicon.Qualifier, isDefault: Bool, body: Body)
    -> FigureLexicon.Qualifier
  {
    guard qualifier.position == .afterNumber else { return qualifier }
    let fits = isDefault ? body.isPlainRoundInteger : body.takesDuoAfterNumber
    guard !fits, let fallback = qualifier.fallback.flatMap(lexicon.qualifier(word:)) else { return qualifier }
    return fallback
  }

  /// 4200, 10, 300: at least two digits, ending in zero, no fraction.
  static func isRoundInteger(_ numeral: String) -> Bool {
    numeral.count >= 2 && numeral.last == "0" && numeral.allSatisfy(\.isASCII) && !numeral.contains(".")
      && !numeral.hasPrefix("-")
  }
}

extension FigureShape {
  /// The values in order: one for a single figure, low then high for a range.
  var values: [Double] {
    switch self {
    case .single(let value): [value]
    case .range(let low, let high): [low, high]
    case .none: []
    }
  }

  func scaled(by factor: Double) -> FigureShape {
    switch self {
    case .single(let value): .single(value * factor)
    case .range(let low, let high): .range(low * factor, high * factor)
    case .none: .none
    }
  }
}
