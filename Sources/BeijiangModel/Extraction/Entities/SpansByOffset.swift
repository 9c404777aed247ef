/// For each offset of one paragraph, the span that covers it, if any: how the organisation and place
/// finders mark names already taken (places, qualifiers, known bodies) so a new name steps over them.
///
/// A plain array rather than a dictionary keyed by offset: the finders look an offset up at nearly
/// every position they walk, and hashing each one cost more than the rest of the walk.
struct SpansByOffset: Sendable {
  private var spans: [TextSpan?]

  /// No offset covered yet, for a paragraph of `count` scalars.
  init(count: Int) {
    spans = Array(repeating: nil, count: count)
  }

  /// The span covering `offset`; nil outside the paragraph or where nothing is covered.
  subscript(offset: Int) -> TextSpan? {
    offset >= 0 && offset < spans.count ? spans[offset] : nil
  }

  /// Whether any offset of `span` is covered.
  func coversAny(of span: TextSpan) -> Bool {
    clamped(span).contains { spans[$0] != nil }
  }

  /// Marks every offset of `span` as covered by it, replacing what covered it before.
  mutating func cover(_ span: TextSpan) {
    for offset in clamped(span) { spans[offset] = span }
  }

  /// Marks the offsets of `span` not covered yet: the first span to cover an offset keeps it.
  mutating func coverUncovered(_ span: TextSpan) {
    for offset in clamped(span) where spans[offset] == nil { spans[offset] = span }
  }

  private func clamped(_ span: TextSpan) -> Range<Int> {
    let start = max(0, span.start)
    return start..<max(start, min(span.end, spans.count))
  }
}
