/// A dictionary of words over Unicode scalars, for longest-match lookups without regular expressions.
///
/// Words can be matched forwards (starting at an offset) or, when built `reversed`, backwards (ending
/// at an offset), which is how suffixes and titles that end right before a name are found.
struct EntityTrie<Value: Sendable>: Sendable {
  private struct Node: Sendable {
    var children: [Unicode.Scalar: Int] = [:]
    var value: Value?
  }

  private var nodes: [Node] = [Node()]
  /// Whether words are stored back to front, for matches that end at an offset.
  let reversed: Bool

  init(reversed: Bool = false) {
    self.reversed = reversed
  }

  init(words: some Sequence<String>, value: Value, reversed: Bool = false) {
    self.init(reversed: reversed)
    for word in words { insert(word, value: value) }
  }

  var isEmpty: Bool { nodes.count == 1 }

  /// Adds `word`; a later insert of the same word replaces its value.
  mutating func insert(_ word: String, value: Value) {
    let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
    guard !scalars.isEmpty else { return }
    var node = 0
    for scalar in scalars {
      if let next = nodes[node].children[scalar] {
        node = next
      } else {
        nodes.append(Node())
        nodes[node].children[scalar] = nodes.count - 1
        node = nodes.count - 1
      }
    }
    nodes[node].value = value
  }

  /// Every word starting at `start` (forward trie) or ending at `start` (reversed trie, `start` is
  /// then the exclusive end), shortest first, as (length, value).
  func matches(in text: [Unicode.Scalar], at start: Int) -> [(length: Int, value: Value)] {
    var found: [(length: Int, value: Value)] = []
    var node = 0
    var length = 0
    while true {
      let index = reversed ? start - length - 1 : start + length
      guard index >= 0, index < text.count, let next = nodes[node].children[text[index]] else { break }
      node = next
      length += 1
      if let value = nodes[node].value { found.append((length, value)) }
    }
    return found
  }

  /// The longest word at `start` (see `matches`), if any.
  func longestMatch(in text: [Unicode.Scalar], at start: Int) -> (length: Int, value: Value)? {
    // The same walk as `matches`, without collecting every shorter word: this runs at every offset.
    var longest: (length: Int, value: Value)?
    var node = 0
    var length = 0
    while true {
      let index = reversed ? start - length - 1 : start + length
      guard index >= 0, index < text.count, let next = nodes[node].children[text[index]] else { break }
      node = next
      length += 1
      if let value = nodes[node].value { longest = (length, value) }
    }
    return longest
  }

  /// Whether `word` is stored exactly.
  func contains(_ word: String) -> Bool {
    let scalars = reversed ? Array(word.unicodeScalars.reversed()) : Array(word.unicodeScalars)
    var node = 0
    for scalar in scalars {
      guard let next = nodes[node].children[scalar] else { return false }
      node = next
    }
    return nodes[node].value != nil
  }
}
