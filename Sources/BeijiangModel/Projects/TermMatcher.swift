/// Finds lexicon terms in text by leftmost-longest match over a trie of Unicode scalars, in one
/// pass. Quotation marks in the text are skipped, so a term still matches when a writer quotes part
/// of it (科技“突围”工程 contains 科技突围).
struct TermMatcher<Value: Sendable>: Sendable {
  private var trie = ScalarTrieCore<Value>()

  init(_ terms: [(String, Value)]) {
    for (term, value) in terms { trie.insert(term.unicodeScalars, value: value) }
  }

  /// Every match, leftmost-longest and not overlapping, as (start, end, value) offsets in `scalars`.
  func matches(in scalars: ArraySlice<Unicode.Scalar>) -> [(start: Int, end: Int, value: Value)] {
    var found: [(start: Int, end: Int, value: Value)] = []
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if trie.startsWord(scalars[index]),
        let match = trie.longestMatch(along: QuoteSkippingSteps(scalars, from: index))
      {
        found.append((index, match.end, match.value))
        index = match.end
      } else {
        index += 1
      }
    }
    return found
  }
}

/// Reads forwards from `start` like `ForwardTrieSteps`, but passes over quotation marks after the
/// first scalar: a match then ends after its last unquoted scalar.
private struct QuoteSkippingSteps: Sequence, IteratorProtocol {
  private let scalars: ArraySlice<Unicode.Scalar>
  private let start: Int
  private var index: Int

  init(_ scalars: ArraySlice<Unicode.Scalar>, from start: Int) {
    self.scalars = scalars
    self.start = start
    index = start
  }

  mutating func next() -> TrieStep? {
    while index < scalars.endIndex {
      let scalar = scalars[index]
      index += 1
      if index - 1 > start && Punctuation.isQuote(scalar) { continue }
      return TrieStep(scalar: scalar, end: index)
    }
    return nil
  }
}
