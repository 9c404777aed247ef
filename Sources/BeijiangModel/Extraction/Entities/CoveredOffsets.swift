/// Which offsets of which paragraphs a set of spans covers, for constant-time overlap checks: the
/// people finders ask at every offset whether a place, organisation or initiative is there.
struct CoveredOffsets: Sendable {
  private var covered: [Int: Set<Int>] = [:]

  init(_ spans: [TextSpan]) {
    for span in spans {
      covered[span.paragraph, default: []].formUnion(span.start..<span.end)
    }
  }

  func overlaps(_ span: TextSpan) -> Bool {
    guard let offsets = covered[span.paragraph] else { return false }
    return (span.start..<span.end).contains(where: offsets.contains)
  }
}
