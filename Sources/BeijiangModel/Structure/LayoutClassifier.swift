/// Tells layout lines from body copy: a spaced-out banner (`全 / 媒 / 体 / 主 / 题`) or a credit
/// line wrapped in parentheses (`(本版文图均由...提供)`).
enum LayoutClassifier {
  static func kind(of scalars: ArraySlice<Unicode.Scalar>) -> ParagraphKind {
    if isBanner(scalars) { return .banner }
    if isCredit(scalars) { return .credit }
    return .body
  }

  /// Four or more short runs (one or two characters) split by spaces or separators, on one line.
  /// Every block of the article is asked this, so it stops at the first run longer than two
  /// characters instead of collecting the runs of a long paragraph.
  static func isBanner(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    var runs = 0
    var current = 0
    for scalar in scalars {
      if scalar == "\n" { return false }
      if scalar.isSpace || isSeparator(scalar) {
        if current > 0 { runs += 1 }
        current = 0
      } else {
        current += 1
        if current > 2 { return false }
      }
    }
    if current > 0 { runs += 1 }
    return runs >= 4
  }

  /// / | · ｜ ／ ・
  private static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "/", "|", "·", "｜", "／", "・": true
    default: false
    }
  }

  /// A single short line wholly inside one pair of parentheses.
  static func isCredit(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    let line = scalars.trimmingWhitespace
    guard let first = line.first, let last = line.last, line.count <= 80 else { return false }
    let opens = first == "(" || first == "（"
    let closes = last == ")" || last == "）"
    let innerOpens = line.dropFirst().dropLast().contains { $0 == "(" || $0 == "（" }
    return opens && closes && !innerOpens
  }
}
