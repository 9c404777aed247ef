/// A readable line diff for golden failures: the lines removed from and added to the expected text,
/// each with its line number, from the standard library's `CollectionDifference`.
public enum LineDiff {
  public static func describe(expected: String, actual: String, limit: Int = 40) -> String {
    let old = expected.components(separatedBy: "\n")
    let new = actual.components(separatedBy: "\n")
    var lines: [(line: Int, order: Int, text: String)] = []
    for change in new.difference(from: old) {
      switch change {
      case .remove(let offset, let element, _): lines.append((offset + 1, 0, "- \(offset + 1): \(element)"))
      case .insert(let offset, let element, _): lines.append((offset + 1, 1, "+ \(offset + 1): \(element)"))
      }
    }
    lines.sort { ($0.line, $0.order) < ($1.line, $1.order) }
    let shown = lines.prefix(limit).map(\.text)
    let more = lines.count > limit ? ["… \(lines.count - limit) more changed lines"] : []
    return (shown + more).joined(separator: "\n")
  }
}
