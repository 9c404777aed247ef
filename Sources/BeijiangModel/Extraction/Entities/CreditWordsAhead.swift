/// Where the credit words that follow a name (摄, 报道) stand in one paragraph, read ahead once so
/// that the byline finder tries a photo credit (梁晓虹 摄) only where one can end.
///
/// The finder asked at every offset after a space or punctuation mark whether a two-to-four
/// character name starts there, building its candidate ends each time; on text without credits
/// that was most of `BylineFinder` (docs/performance.md, session 8). A photo credit at `start`
/// needs a credit word at its name's end (`start` + 2 to 4) or after spaces past it, so with the
/// first credit word at or after `start` + 2 further on than `start` + 4, the scalar at `start` + 4
/// must be a space; when it is not, there is no photo credit and the answer is the same.
struct CreditWordsAhead {
  private let scalars: [Unicode.Scalar]
  /// Offsets where a credit word starts, in text order.
  private let starts: [Int]
  /// The first of `starts` not yet passed.
  private var next = 0

  init(_ paragraph: ScalarParagraph, words: WordTrie<Bool>) {
    scalars = paragraph.scalars
    starts = paragraph.scalars.indices.filter { words.longestMatch(in: paragraph.scalars, at: $0) != nil }
  }

  /// Whether a photo credit may start at `start`. Offsets must be asked in increasing order.
  mutating func mayEndName(startingAt start: Int) -> Bool {
    let earliest = start + BylineFinder.nameLength.lowerBound
    while next < starts.count, starts[next] < earliest { next += 1 }
    guard next < starts.count else { return false }
    let latestEnd = start + BylineFinder.nameLength.upperBound
    return starts[next] <= latestEnd
      || (latestEnd < scalars.count && EntityScalarClass.isSpace(scalars[latestEnd]))
  }
}
