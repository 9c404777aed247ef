/// Finds lexicon terms in text by leftmost-longest match over a trie of Unicode scalars, in one
/// pass. Quotation marks in the text are skipped, so a term still matches when a writer quotes part
/// of it (科技“突围”工程 contains 科技突围).
struct TermMatcher<Value: Sendable>: Sendable {
  private struct Node: Sendable {
    var children: [Unicode.Scalar: Int] = [:]
    var value: Value?
  }

  private var nodes: [Node] = [Node()]

  init(_ terms: [(String, Value)]) {
    for (term, value) in terms { insert(term, value) }
  }

  private mutating func insert(_ term: String, _ value: Value) {
    var current = 0
    for scalar in term.unicodeScalars {
      if let next = nodes[current].children[scalar] {
        current = next
      } else {
        nodes.append(Node())
        nodes[current].children[scalar] = nodes.count - 1
        current = nodes.count - 1
      }
    }
    nodes[current].value = value
  }

  /// Every match, leftmost-longest and not overlapping, as (start, end, value) offsets in `scalars`.
  func matches(in scalars: ArraySlice<Unicode.Scalar>) -> [(start: Int, end: Int, value: Value)] {
    var found: [(start: Int, end: Int, value: Value)] = []
    var index = scalars.startIndex
    while index < scalars.endIndex {
      if let match = longestMatch(in: scalars, from: index) {
        found.append((index, match.end, match.value))
        index = match.end
      } else {
        index += 1
      }
    }
    return found
  }

  private func longestMatch(
    in scalars: ArraySlice<Unicode.Scalar>, from start: Int
  ) -> (end: Int, value: Value)? {
    var current = 0
    var best: (end: Int, value: Value)?
    var index = start
    while index < scalars.endIndex {
      let scalar = scalars[index]
      index += 1
      if index - 1 > start && Punctuation.isQuote(scalar) { continue }
      guard let next = nodes[current].children[scalar] else { break }
      current = next
      if let value = nodes[current].value { best = (index, value) }
    }
    return best
  }
}
