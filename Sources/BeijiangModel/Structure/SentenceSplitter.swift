/// Splits a paragraph into sentences on 。！？； and their ASCII forms, keeping closing quotation
/// marks and brackets with the sentence they close.
enum SentenceSplitter {
  static func split(_ scalars: [Unicode.Scalar]) -> [SourceSpan] {
    var spans: [SourceSpan] = []
    var start = 0
    var index = 0
    let all = scalars[...]
    while index < scalars.count {
      guard Punctuation.isSentenceEnd(all, at: index) else {
        index += 1
        continue
      }
      var end = index + 1
      while end < scalars.count,
        Punctuation.isCloser(scalars[end]) || Punctuation.isSentenceEnder(scalars[end])
      {
        end += 1
      }
      appendTrimmed(start, end, scalars, to: &spans)
      start = end
      index = end
    }
    appendTrimmed(start, scalars.count, scalars, to: &spans)
    return spans
  }

  private static func appendTrimmed(
    _ start: Int, _ end: Int, _ scalars: [Unicode.Scalar], to spans: inout [SourceSpan]
  ) {
    var first = start
    while first < end, scalars[first].isSpace { first += 1 }
    guard first < end else { return }
    spans.append(SourceSpan(start: first, end: end))
  }
}
