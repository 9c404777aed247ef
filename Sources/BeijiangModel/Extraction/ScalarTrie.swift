/// A prefix tree over Unicode scalar values, used to match lexicon words at a position of the text
/// without building substrings. Each word carries the index of its lexicon entry.
///
/// The scan asks "does a word start here?" at many positions where none does, so the first step is
/// a direct index into a table over the Basic Multilingual Plane instead of a hash lookup; deeper
/// nodes have few children and search a short array.
struct ScalarTrie: Sendable {
  private static let planeSize = 0x10000
  private var root: [Int32] = []
  private var astralRoot: [UInt32: Int32] = [:]
  private var edges: [[(scalar: UInt32, node: Int32)]] = [[]]
  private var payloads: [Int32] = [-1]

  init() {}

  init<S: Sequence>(_ words: S) where S.Element == (String, Int) {
    for (word, payload) in words { insert(word, payload: payload) }
  }

  mutating func insert(_ word: String, payload: Int) {
    var node = 0
    for scalar in word.unicodeScalars.map(\.value) {
      if let next = child(of: node, scalar) {
        node = next
        continue
      }
      edges.append([])
      payloads.append(-1)
      let next = Int32(edges.count - 1)
      addChild(next, of: node, scalar)
      node = Int(next)
    }
    payloads[node] = Int32(payload)
  }

  private mutating func addChild(_ child: Int32, of node: Int, _ scalar: UInt32) {
    guard node == 0 else {
      edges[node].append((scalar, child))
      return
    }
    if scalar < Self.planeSize {
      if root.isEmpty { root = [Int32](repeating: -1, count: Self.planeSize) }
      root[Int(scalar)] = child
    } else {
      astralRoot[scalar] = child
    }
  }

  @inline(__always) private func child(of node: Int, _ scalar: UInt32) -> Int? {
    if node == 0 {
      if scalar < Self.planeSize {
        guard !root.isEmpty else { return nil }
        let next = root[Int(scalar)]
        return next < 0 ? nil : Int(next)
      }
      return astralRoot[scalar].map(Int.init)
    }
    for edge in edges[node] where edge.scalar == scalar { return Int(edge.node) }
    return nil
  }

  /// The longest word starting at `position` and ending at or before `limit`, as (payload, end).
  func longestMatch(in text: [UInt32], at position: Int, limit: Int? = nil) -> (payload: Int, end: Int)? {
    let stop = min(limit ?? text.count, text.count)
    var node = 0
    var best: (payload: Int, end: Int)?
    var index = position
    while index < stop, let next = child(of: node, text[index]) {
      node = next
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
    while index < stop, let next = child(of: node, text[index]) {
      node = next
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
