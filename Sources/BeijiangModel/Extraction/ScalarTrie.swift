/// A prefix tree over Unicode scalar values, used to match lexicon words at a position of the text
/// without building substrings. Each word carries the index of its lexicon entry.
struct ScalarTrie: Sendable {
  private var trie = ScalarTrieCore<Int>()

  init() {}

  init<S: Sequence>(_ words: S) where S.Element == (String, Int) {
    for (word, payload) in words { insert(word, payload: payload) }
  }

  /// Adds `word`; a later insert of the same word replaces its payload.
  mutating func insert(_ word: String, payload: Int) {
    trie.insert(word.unicodeScalars, value: payload)
  }

  /// The longest word starting at `position` and ending at or before `limit`, as (payload, end).
  func longestMatch(in text: [Unicode.Scalar], at position: Int, limit: Int? = nil) -> (
    payload: Int, end: Int
  )? {
    guard mayMatch(in: text, at: position, limit: limit) else { return nil }
    return trie.longestMatch(along: ForwardTrieSteps(text, from: position, upTo: limit)).map {
      ($0.value, $0.end)
    }
  }

  /// Every word starting at `position`, shortest first.
  func allMatches(in text: [Unicode.Scalar], at position: Int, limit: Int? = nil) -> [(
    payload: Int, end: Int
  )] {
    guard mayMatch(in: text, at: position, limit: limit) else { return [] }
    return trie.allMatches(along: ForwardTrieSteps(text, from: position, upTo: limit)).map {
      ($0.value, $0.end)
    }
  }

  /// Whether the scalar at `position` (before `limit`) starts a stored word.
  private func mayMatch(in text: [Unicode.Scalar], at position: Int, limit: Int?) -> Bool {
    position >= 0 && position < min(limit ?? text.count, text.count) && trie.startsWord(text[position])
  }
}
