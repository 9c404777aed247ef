/// A dictionary of words over Unicode scalars, matched at an offset of a text without building
/// substrings or regular expressions: every lexicon of the extractors is one (`WordTrie<Int>` carries
/// the index of a lexicon entry, `WordTrie<Bool>` only says "a word").
///
/// A trie built forwards finds words starting at an offset (`longestMatch(in:at:)`, optionally ending
/// at or before a `limit`). One built `reversed` stores its words back to front and finds words ending
/// at an offset (`longestMatch(in:endingAt:)`), which is how suffixes and titles that end right before
/// a name are found. The two directions are separate functions, so no walk asks which way it goes.
struct WordTrie<Value: Sendable>: Sendable {
  /// A word starting at the offset asked for: where it ends (exclusive), its length, its value.
  typealias ForwardMatch = (end: Int, length: Int, value: Value)
  /// A word ending at the offset asked for: its length, its value.
  typealias BackwardMatch = (length: Int, value: Value)

  private var trie = ScalarTrieCore<Value>()
  /// Whether words are stored back to front, for the `endingAt:` lookups.
  let reversed: Bool

  init(reversed: Bool = false) {
    self.reversed = reversed
  }

  init(words: some Sequence<String>, value: Value, reversed: Bool = false) {
    self.init(reversed: reversed)
    for word in words { insert(word, value: value) }
  }

  /// A forward trie of `entries`, each word with its own value.
  init(_ entries: some Sequence<(String, Value)>) {
    self.init()
    for (word, value) in entries { insert(word, value: value) }
  }

  var isEmpty: Bool { trie.isEmpty }

  /// Adds `word`; a later insert of the same word replaces its value.
  mutating func insert(_ word: String, value: Value) {
    trie.insert(storedScalars(of: word), value: value)
  }

  /// Whether `word` is stored exactly.
  func contains(_ word: String) -> Bool {
    trie.value(of: storedScalars(of: word)) != nil
  }

  // Every lookup is inlined up to the first-scalar test, which rejects most offsets of a text, and
  // walks the trie in a call of its own: the finders look up at nearly every offset, and the call
  // around a failed test was most of their cost (docs/performance.md, "Session 10: one text type").

  /// The longest word starting at `start`, if any.
  @inline(__always) func longestMatch(in text: [Unicode.Scalar], at start: Int) -> ForwardMatch? {
    assert(!reversed, "a reversed trie matches words ending at an offset")
    guard startsWord(in: text, at: start, before: text.count) else { return nil }
    return longestWalk(in: text, from: start, upTo: text.count)
  }

  /// The longest word starting at `start` and ending at or before `limit`, if any.
  @inline(__always) func longestMatch(in text: [Unicode.Scalar], at start: Int, limit: Int) -> ForwardMatch? {
    assert(!reversed, "a reversed trie matches words ending at an offset")
    let bound = Swift.min(limit, text.count)
    guard startsWord(in: text, at: start, before: bound) else { return nil }
    return longestWalk(in: text, from: start, upTo: bound)
  }

  /// The shortest word starting at `start`, if any, found without collecting the others.
  @inline(__always) func shortestMatch(in text: [Unicode.Scalar], at start: Int) -> ForwardMatch? {
    assert(!reversed, "a reversed trie matches words ending at an offset")
    guard startsWord(in: text, at: start, before: text.count) else { return nil }
    return shortestWalk(in: text, from: start)
  }

  /// Every word starting at `start`, shortest first.
  @inline(__always) func matches(in text: [Unicode.Scalar], at start: Int) -> [ForwardMatch] {
    assert(!reversed, "a reversed trie matches words ending at an offset")
    guard startsWord(in: text, at: start, before: text.count) else { return [] }
    return allWalk(in: text, from: start, upTo: text.count)
  }

  /// Every word starting at `start` and ending at or before `limit`, shortest first.
  @inline(__always) func matches(in text: [Unicode.Scalar], at start: Int, limit: Int) -> [ForwardMatch] {
    assert(!reversed, "a reversed trie matches words ending at an offset")
    let bound = Swift.min(limit, text.count)
    guard startsWord(in: text, at: start, before: bound) else { return [] }
    return allWalk(in: text, from: start, upTo: bound)
  }

  /// The longest word ending at `end` (exclusive), if any; the trie must be built `reversed`.
  @inline(__always) func longestMatch(in text: [Unicode.Scalar], endingAt end: Int) -> BackwardMatch? {
    assert(reversed, "a forward trie matches words starting at an offset")
    guard startsWord(in: text, at: end - 1, before: text.count) else { return nil }
    return longestWalk(in: text, endingAt: end)
  }

  /// The shortest word ending at `end` (exclusive), if any; the trie must be built `reversed`.
  @inline(__always) func shortestMatch(in text: [Unicode.Scalar], endingAt end: Int) -> BackwardMatch? {
    assert(reversed, "a forward trie matches words starting at an offset")
    guard startsWord(in: text, at: end - 1, before: text.count) else { return nil }
    return shortestWalk(in: text, endingAt: end)
  }

  /// Every word ending at `end` (exclusive), shortest first; the trie must be built `reversed`.
  @inline(__always) func matches(in text: [Unicode.Scalar], endingAt end: Int) -> [BackwardMatch] {
    assert(reversed, "a forward trie matches words starting at an offset")
    guard startsWord(in: text, at: end - 1, before: text.count) else { return [] }
    return allWalk(in: text, endingAt: end)
  }

  /// Whether the scalar at `first` lies in `0..<bound` and starts a stored word.
  @inline(__always) private func startsWord(in text: [Unicode.Scalar], at first: Int, before bound: Int)
    -> Bool
  {
    first >= 0 && first < bound && trie.startsWord(text[first])
  }

  private func longestWalk(in text: [Unicode.Scalar], from start: Int, upTo bound: Int) -> ForwardMatch? {
    guard let found = trie.longestMatch(along: ForwardTrieSteps(text, from: start, upTo: bound)) else {
      return nil
    }
    return (found.end, found.end - start, found.value)
  }

  private func shortestWalk(in text: [Unicode.Scalar], from start: Int) -> ForwardMatch? {
    guard let found = trie.shortestMatch(along: ForwardTrieSteps(text, from: start)) else { return nil }
    return (found.end, found.end - start, found.value)
  }

  private func allWalk(in text: [Unicode.Scalar], from start: Int, upTo bound: Int) -> [ForwardMatch] {
    trie.allMatches(along: ForwardTrieSteps(text, from: start, upTo: bound)).map {
      (end: $0.end, length: $0.end - start, value: $0.value)
    }
  }

  private func longestWalk(in text: [Unicode.Scalar], endingAt end: Int) -> BackwardMatch? {
    guard let found = trie.longestMatch(along: BackwardTrieSteps(text, endingAt: end)) else { return nil }
    return (found.end, found.value)
  }

  private func shortestWalk(in text: [Unicode.Scalar], endingAt end: Int) -> BackwardMatch? {
    guard let found = trie.shortestMatch(along: BackwardTrieSteps(text, endingAt: end)) else { return nil }
    return (found.end, found.value)
  }

  private func allWalk(in text: [Unicode.Scalar], endingAt end: Int) -> [BackwardMatch] {
    trie.allMatches(along: BackwardTrieSteps(text, endingAt: end)).map { (length: $0.end, value: $0.value) }
  }

  private func storedScalars(of word: String) -> [Unicode.Scalar] {
    let scalars = Array(word.unicodeScalars)
    return reversed ? scalars.reversed() : scalars
  }
}
