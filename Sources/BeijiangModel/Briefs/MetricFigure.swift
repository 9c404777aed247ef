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
    let text = SentenceClauses.plainScalars(surface)
    return Self.qualifierWords.filter { word in
      guard let text, let scalars = word.scalars else { return surface.contains(word.word) }
      return SentenceClauses.firstOccurrence(of: scalars, in: text) != nil
    }
    .map(\.word).max { $0.count < $1.count }
  }

  /// The qualifier words with their scalars when plain, read once rather than at every figure.
  private static let qualifierWords = FigureLexicon.shared.qualifiers.map {
    (word: $0.word, scalars: SentenceClauses.plainScalars($0.word))
  }

  /// The figure as a person says it: 4亿元左右, 1.1万余人; about 400 million yuan.
  public func spoken(_ language: FigureLanguage) -> String {
    FigureFormatter.text(figureText, language: language)
  }
}
