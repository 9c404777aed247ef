/// How a metric is written for people: the bridge from the extractor's `QuantityMention` to
/// `FigureFormatter`'s `FigureText`.
extension QuantityMention {
  public var figureText: FigureText {
    let qualifier = qualifierWordInSurface ?? self.qualifier?.rawValue
    switch (kind, unit) {
    case (.percentage, "%"):
      return FigureText(
        kind: .percentage, value: value.map { $0 * 100 }, low: low.map { $0 * 100 },
        high: high.map { $0 * 100 },
        unit: "%", qualifier: qualifier)
    case (.percentage, "倍"):
      return FigureText(kind: .quantity, value: value, low: low, high: high, unit: "倍", qualifier: qualifier)
    case (.percentage, _):
      return FigureText(kind: .share, value: value, low: low, high: high, qualifier: qualifier)
    case (.quantity, _):
      return FigureText(kind: .quantity, value: value, low: low, high: high, unit: unit, qualifier: qualifier)
    }
  }

  /// The qualifier word the article itself used (余 in 1.1万余人), so a brief says it the same way;
  /// the longest known word in the surface wins (以上 over 上).
  var qualifierWordInSurface: String? {
    guard qualifier != nil else { return nil }
    return FigureLexicon.shared.qualifiers.map(\.word).filter { surface.contains($0) }
      .max { $0.count < $1.count }
  }

  /// The figure as a person says it: 4亿元左右, 1.1万余人; about 400 million yuan.
  public func spoken(_ language: FigureLanguage) -> String {
    FigureFormatter.text(figureText, language: language)
  }
}
