/// A figure for a table column: the number with thousands separators and 万/亿 (3,235万), the unit in
/// its own column, and a one-character sign for the qualifier so columns stay aligned.
public struct FigureCell: Sendable, Codable, Equatable, Hashable {
  /// 3,235万, 21.72万, 4,200, 200–300万, 40; "—" when the figure has no value.
  public var value: String
  /// 平方米, 元, %, or empty.
  public var unit: String
  /// ≈ about, > more than, ≥ at least, < less than or nearly, ≤ at most; empty for none.
  public var symbol: String

  public init(value: String, unit: String, symbol: String) {
    self.value = value
    self.unit = unit
    self.symbol = symbol
  }

  /// The sign and the value together: ≈4亿.
  public var signedValue: String { symbol + value }
}

struct FigureCellWriter {
  var lexicon: FigureLexicon = .shared

  func cell(_ figure: FigureText) -> FigureCell {
    let symbol = lexicon.qualifier(named: figure.effectiveQualifier(lexicon))?.qualifier.symbol ?? ""
    let shape = FigureShape(figure)
    guard shape != .none else { return FigureCell(value: "—", unit: figure.unit ?? "", symbol: symbol) }
    switch figure.normalizedKind {
    case .quantity:
      return FigureCell(value: quantityValue(shape), unit: figure.unit ?? "", symbol: symbol)
    case .percentage:
      return FigureCell(value: percentValue(shape), unit: "%", symbol: symbol)
    case .share:
      return FigureCell(value: percentValue(shape.scaled(by: 100)), unit: "%", symbol: symbol)
    }
  }

  private func quantityValue(_ shape: FigureShape) -> String {
    let numbers = shape.values.map {
      ScaledNumeral.scaled($0, magnitudes: ScaledNumeral.chineseMagnitudes, grouping: true)
    }
    guard numbers.count == 2 else { return numbers[0].mantissa + numbers[0].magnitude }
    let (low, high) = (numbers[0], numbers[1])
    let lowText = low.magnitude == high.magnitude ? low.mantissa : low.mantissa + low.magnitude
    return lowText + lexicon.rangeWords.table + high.mantissa + high.magnitude
  }

  private func percentValue(_ shape: FigureShape) -> String {
    shape.values.map { DecimalText.grouped(DecimalText.rounded($0, fractionDigits: 2)) }
      .joined(separator: lexicon.rangeWords.table)
  }
}
