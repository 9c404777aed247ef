/// Which offsets of which paragraphs a set of spans covers, for constant-time overlap checks: the
/// people finders ask at every offset whether a place, organisation or initiative is there.
///
/// Flags in plain arrays indexed by paragraph and offset rather than hashed sets: the checks run once
/// per offset of the document, and hashing an integer per check was a large part of their cost.
struct CoveredOffsets: Sendable {
  /// For each paragraph index, whether each offset is covered; offsets past the end are not.
  private var covered: [[Bool]] = []

  init(_ spans: [TextSpan]) {
    for span in spans { cover(span) }
  }

  /// Adds the offsets of `span`. The table grows to the span's paragraph index, so this suits one
  /// table for a whole document, not one per paragraph (see `SpansByOffset` for that).
  mutating func cover(_ span: TextSpan) {
    guard span.start < span.end, span.paragraph >= 0 else { return }
    if span.paragraph >= covered.count {
      covered += Array(repeating: [], count: span.paragraph - covered.count + 1)
    }
    if span.end > covered[span.paragraph].count {
      covered[span.paragraph] += Array(
        repeating: false, count: span.end - covered[span.paragraph].count)
    }
    for offset in max(0, span.start)..<span.end { covered[span.paragraph][offset] = true }
  }

  func overlaps(_ span: TextSpan) -> Bool {
    guard span.paragraph >= 0, span.paragraph < covered.count else { return false }
    let flags = covered[span.paragraph]
    let end = min(span.end, flags.count)
    guard max(0, span.start) < end else { return false }
    return flags[max(0, span.start)..<end].contains(true)
  }
}
