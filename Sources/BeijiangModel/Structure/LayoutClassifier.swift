/// Tells layout lines from body copy: a spaced-out banner (`全 / 媒 / 体 / 主 / 题`) or a credit
/// line wrapped in parentheses (`(本版文图均由...提供)`).
enum LayoutClassifier {
  private static let separators: Set<Unicode.Scalar> = ["/", "|", "·", "｜", "／", "・"]

  static func kind(of scalars: ArraySlice<Unicode.Scalar>) -> ParagraphKind {
    if isBanner(scalars) { return .banner }
    if isCredit(scalars) { return .credit }
    return .body
  }

  /// Four or more short runs (one or two characters) split by spaces or separators.
  static func isBanner(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    guard !scalars.contains("\n") else { return false }
    var runs: [Int] = []
    var current = 0
    for scalar in scalars {
      if scalar.isSpace || separators.contains(scalar) {
        if current > 0 { runs.append(current) }
        current = 0
      } else {
        current += 1
      }
    }
    if current > 0 { runs.append(current) }
    return runs.count >= 4 && runs.allSatisfy { $0 <= 2 }
  }

  /// A single short line wholly inside one pair of parentheses.
  static func isCredit(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
    let trimmed = Array(scalars).trimmedOfWhitespace()
    guard let first = trimmed.first, let last = trimmed.last, trimmed.count <= 80 else { return false }
    let opens = first == "(" || first == "（"
    let closes = last == ")" || last == "）"
    let innerOpens = trimmed.dropFirst().dropLast().contains { $0 == "(" || $0 == "（" }
    return opens && closes && !innerOpens
  }
}

extension Array where Element == Unicode.Scalar {
  func trimmedOfWhitespace() -> ArraySlice<Unicode.Scalar> {
    guard let first = firstIndex(where: { !$0.isSpace }),
      let last = lastIndex(where: { !$0.isSpace })
    else { return [] }
    return self[first...last]
  }
}
