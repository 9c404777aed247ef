/// A dictionary of words over Unicode scalars, for longest-match lookups without regular expressions.
///
/// Words can be matched forwards (starting at an offset) or, when built `reversed`, backwards (ending
/// at an offset), which is how suffixes and titles that end right before a name are found.
struct EntityTrie<Value: Sendable>: Sendable {
  private var trie = ScalarTrieCore<Value>()
  /// Whether words are stored back to front, for matches that end at an offset.
  let reversed: Bool

  init(reversed: Bool = false) {
    self.reversed = reversed
  }

  init(words: some Sequence<String>, value: Value, reversed: Bool = false) {
    self.init(reversed: reversed)
    for word in words { insert(word, value: value) }
  }

  var isEmpty: Bool { trie.isEmpty }

  /// Adds `word`; a later insert of the same word replaces its value.
  mutating func insert(_ word: String, value: Value) {
    trie.insert(storedScalars(of: word), value: value)
  }

  // The three lookups below are inlined up to the first-scalar test (`mayMatch`), which rejects most
  // offsets of a text, and walk the trie in a call of their own: the name finders look up at nearly
  // every offset, and the call around a failed test was most of their cost (docs/performance.md, "Session 10: one text type").

  /// Every word starting at `start` (forward trie) or ending at `start` (reversed trie, `start` is
  /// then the exclusive end), shortest first, as (length, value).
  @inline(__always) func matches(in text: [Unicode.Scalar], at start: Int) -> [(length: Int, value: Value)] {
    guard mayMatch(in: text, at: start) else { return [] }
    return allMatchesWalk(in: text, at: start)
  }

  /// The longest word at `start` (see `matches`), if any.
  @inline(__always) func longestMatch(in text: [Unicode.Scalar], at start: Int) -> (
    length: Int, value: Value
  )? {
    guard mayMatch(in: text, at: start) else { return nil }
    return longestMatchWalk(in: text, at: start)
  }

  /// The shortest word at `start` (see `matches`), if any, found without collecting the others.
  @inline(__always) func shortestMatch(in text: [Unicode.Scalar], at start: Int) -> (
    length: Int, value: Value
  )? {
    guard mayMatch(in: text, at: start) else { return nil }
    return shortestMatchWalk(in: text, at: start)
  }

  private func allMatchesWalk(in text: [Unicode.Scalar], at start: Int) -> [(length: Int, value: Value)] {
    let found =
      reversed
      ? trie.allMatches(along: BackwardTrieSteps(text, endingAt: start))
      : trie.allMatches(along: ForwardTrieSteps(text, from: start))
    return found.map { (length: reversed ? $0.end : $0.end - start, value: $0.value) }
  }

  private func longestMatchWalk(in text: [Unicode.Scalar], at start: Int) -> (length: Int, value: Value)? {
    if reversed {
      return trie.longestMatch(along: BackwardTrieSteps(text, endingAt: start)).map { ($0.end, $0.value) }
    }
    return trie.longestMatch(along: ForwardTrieSteps(text, from: start)).map { ($0.end - start, $0.value) }
  }

  private func shortestMatchWalk(in text: [Unicode.Scalar], at start: Int) -> (length: Int, value: Value)? {
    if reversed {
      return trie.shortestMatch(along: BackwardTrieSteps(text, endingAt: start)).map { ($0.end, $0.value) }
    }
    return trie.shortestMatch(along: ForwardTrieSteps(text, from: start)).map { ($0.end - start, $0.value) }
  }

  /// Whether the scalar a match would begin with (the one at `start`, or before it when reversed)
  /// starts a stored word.
  @inline(__always) private func mayMatch(in text: [Unicode.Scalar], at start: Int) -> Bool {
    let first = reversed ? start - 1 : start
    return first >= 0 && first < text.count && trie.startsWord(text[first])
  }

  /// Whether `word` is stored exactly.
  func contains(_ word: String) -> Bool {
    trie.value(of: storedScalars(of: word)) != nil
  }

  private func storedScalars(of word: String) -> [Unicode.Scalar] {
    let scalars = Array(word.unicodeScalars)
    return reversed ? scalars.reversed() : scalars
  }
}
