import BeijiangModel

/// Which figures may stand as a card or a headline, decided from the figure alone, so the content
/// can rank them once when articles arrive and the view only reads the result.
extension QuantityMention {
  /// What the figure measures, clean enough to title a card or a chart bar: the noun a counter
  /// counts (措施 in 开展10项措施), else the subject; nil when the model found neither.
  var headlineLabel: String? {
    for candidate in [counted, subject, changed] {
      if let candidate, Self.isCleanLabel(candidate) { return candidate }
    }
    return nil
  }

  /// It has a unit or counter, a clean label, and is an amount (a year is a date, not a figure to
  /// brief on).
  var isHeadlineFigure: Bool {
    !isYear && (unit != nil || kind == .percentage) && headlineLabel != nil
  }

  /// A label is clean when it names a thing: at least two characters, none of them digits or
  /// punctuation at its ends.
  static func isCleanLabel(_ label: String) -> Bool {
    guard label.count >= 2, let first = label.first, let last = label.last else { return false }
    return first.isLetter && last.isLetter && !label.contains(where: \.isNumber)
  }
}
