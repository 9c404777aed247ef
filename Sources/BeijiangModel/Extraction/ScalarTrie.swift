/// A prefix tree over Unicode scalar values, used to match lexicon words at a position of the text
/// without building substrings. Each word carries the index of its lexicon entry.
struct ScalarTrie: Sendable {
  private var children: [[UInt32: Int32]] = [[:]]
  private var payloads: [Int32] = [-1]

  init() {}

  init<S: Sequence>(_ words: S) where S.Element == (String, Int) {
    for (word, payload) in words { insert(word, payload: payload) }
  }

  mutating func insert(_ word: String, payload: Int) {
    var node = 0
    for scalar in word.unicodeScalars {
      if let next = children[node][scalar.value] {
        node = Int(next)
      } else {
        children.append([:])
        payloads.append(-1)
        let next = children.count - 1
        children[node][scalar.value] = Int32(next)
        node = next
      }
    }
    payloads[node] = Int32(payload)
  }

  /// The longest word starting at `position` and ending at or before `limit`, as (payload, end).
  func longestMatch(in text: [UInt32], at position: Int, limit: Int? = nil) -> (payload: Int, end: Int)? {
    let stop = min(limit ?? text.count, text.count)
    var node = 0
    var best: (payload: Int, end: Int)?
    var index = position
    while index < stop, let next = children[node][text[index]] {
      node = Int(next)
      index += 1
      if payloads[node] >= 0 { best = (Int(payloads[node]), index) }
    }
    return best
  }

  /// Every word starting at `position`, shortest first.
  func allMatches(in text: [UInt32], at position: Int, limit: Int? = nil) -> [(payload: Int, end: Int)] {
    let stop = min(limit ?? text.count, text.count)
    var node = 0
    var found: [(payload: Int, end: Int)] = []
    var index = position
    while index < stop, let next = children[node][text[index]] {
      node = Int(next)
      index += 1
      if payloads[node] >= 0 { found.append((Int(payloads[node]), index)) }
    }
    return found
  }

  /// Whether `word` (as scalars) occurs at `position`.
  static func matches(_ word: [UInt32], in text: [UInt32], at position: Int) -> Bool {
    guard position >= 0, position + word.count <= text.count else { return false }
    for (offset, scalar) in word.enumerated() where text[position + offset] != scalar { return false }
    return true
  }
}
