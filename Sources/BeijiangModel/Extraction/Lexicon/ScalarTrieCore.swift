/// The prefix tree shared by every lexicon matcher (`TermMatcher`, `WordTrie`): words
/// over Unicode scalar values, each ending at a node that carries a value.
///
/// Lookups run at nearly every offset of every paragraph, and most of them ask for a child that does
/// not exist, so the child lookup is the whole cost. Nodes are numbers; every edge (parent, scalar) →
/// child lives in ONE open-addressing table with linear probing and a two-multiply hash, kept at most
/// a quarter full, so a miss usually stops at the first empty slot. Before that, a 4096-bit filter
/// over the low bits of first scalars rejects most offsets where no word starts without touching the
/// table. A dense root table is faster still, but costs 256 KB per trie and there are about fifty
/// tries; this table costs 48 to 96 bytes per edge plus a 512-byte filter, and the real lexicons
/// have tens to a few thousand edges. The comparison is in docs/performance.md, "Fast paths".
struct ScalarTrieCore<Value: Sendable>: Sendable {
  /// Edge keys, `parent << 32 | scalar`, or `freeSlot`; a power of two long.
  private var keys: [UInt64]
  /// The child node of the edge in the same slot.
  private var children: [Int32]
  /// `64 - log2(keys.count)`: the hash's top bits pick the slot.
  private var slotShift: UInt64
  private var edgeCount = 0
  /// The value of the word that ends at each node; node 0 is the root.
  private var values: [Value?] = [nil]
  private var firstScalars = FirstScalarFilter()

  private static var freeSlot: UInt64 { .max }
  private static var initialCapacity: Int { 16 }

  init() {
    keys = [UInt64](repeating: Self.freeSlot, count: Self.initialCapacity)
    children = [Int32](repeating: 0, count: Self.initialCapacity)
    slotShift = UInt64(64 - Self.initialCapacity.trailingZeroBitCount)
  }

  /// Whether no word is stored.
  var isEmpty: Bool { values.count == 1 }

  /// Stores `word` with `value`, replacing the value of an earlier insert of the same word. The empty
  /// word is not stored: a walk only reports words of at least one scalar.
  mutating func insert(_ word: some Sequence<Unicode.Scalar>, value: Value) {
    var node: Int32 = 0
    for element in word {
      let scalar = element.value
      node = child(of: node, scalar) ?? addChild(of: node, scalar)
    }
    if node != 0 { values[Int(node)] = value }
  }

  /// The value stored for exactly `word`, if any.
  func value(of word: some Sequence<Unicode.Scalar>) -> Value? {
    var node: Int32 = 0
    for element in word {
      guard let next = child(of: node, element.value) else { return nil }
      node = next
    }
    return values[Int(node)]
  }

  /// The longest word along `steps`, with the `end` of the step where it ends.
  func longestMatch(along steps: some Sequence<TrieStep>) -> (end: Int, value: Value)? {
    var node: Int32 = 0
    var longest: (end: Int, value: Value)?
    for step in steps {
      guard let next = child(of: node, step.scalar.value) else { break }
      node = next
      if let value = values[Int(node)] { longest = (step.end, value) }
    }
    return longest
  }

  /// The shortest word along `steps`, with the `end` of the step where it ends.
  func shortestMatch(along steps: some Sequence<TrieStep>) -> (end: Int, value: Value)? {
    var node: Int32 = 0
    for step in steps {
      guard let next = child(of: node, step.scalar.value) else { return nil }
      node = next
      if let value = values[Int(node)] { return (step.end, value) }
    }
    return nil
  }

  /// Every word along `steps`, shortest first.
  func allMatches(along steps: some Sequence<TrieStep>) -> [(end: Int, value: Value)] {
    var found: [(end: Int, value: Value)] = []
    var node: Int32 = 0
    for step in steps {
      guard let next = child(of: node, step.scalar.value) else { break }
      node = next
      if let value = values[Int(node)] { found.append((step.end, value)) }
    }
    return found
  }

  /// Whether some word starts with `scalar`. The wrappers ask this before walking: most offsets of
  /// a text start no word, and setting up a walk (its step sequence holds the text, a retain and
  /// a release) cost more than the lookup itself.
  @inline(__always) func startsWord(_ scalar: Unicode.Scalar) -> Bool { child(of: 0, scalar.value) != nil }

  @inline(__always) private func child(of node: Int32, _ scalar: UInt32) -> Int32? {
    if node == 0 && !firstScalars.mayContain(scalar) { return nil }
    let key = UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar)
    let mask = keys.count - 1
    var slot = slot(for: key)
    while true {
      let found = keys[slot]
      if found == key { return children[slot] }
      if found == Self.freeSlot { return nil }
      slot = (slot + 1) & mask
    }
  }

  private mutating func addChild(of node: Int32, _ scalar: UInt32) -> Int32 {
    if (edgeCount + 1) * 4 > keys.count { grow() }
    let child = Int32(values.count)
    values.append(nil)
    place(UInt64(UInt32(bitPattern: node)) << 32 | UInt64(scalar), child)
    edgeCount += 1
    if node == 0 { firstScalars.add(scalar) }
    return child
  }

  /// Puts an edge known to be absent into the first free slot of its probe run.
  private mutating func place(_ key: UInt64, _ child: Int32) {
    let mask = keys.count - 1
    var slot = slot(for: key)
    while keys[slot] != Self.freeSlot { slot = (slot + 1) & mask }
    keys[slot] = key
    children[slot] = child
  }

  private mutating func grow() {
    let oldKeys = keys
    let oldChildren = children
    keys = [UInt64](repeating: Self.freeSlot, count: oldKeys.count * 2)
    children = [Int32](repeating: 0, count: oldKeys.count * 2)
    slotShift -= 1
    for (key, child) in zip(oldKeys, oldChildren) where key != Self.freeSlot { place(key, child) }
  }

  /// Keys differ mostly in their low bits (neighbouring scalars, neighbouring nodes), so they are
  /// mixed by two multiplications before the top bits are taken.
  @inline(__always) private func slot(for key: UInt64) -> Int {
    var hash = key &* 0x9E37_79B9_7F4A_7C15
    hash ^= hash >> 32
    hash = hash &* 0xD6E8_FEB8_6659_FD93
    return Int(truncatingIfNeeded: hash >> slotShift)
  }
}

/// Which low 12 bits occur among the first scalars of the words: a cheap "no word starts here".
private struct FirstScalarFilter: Sendable {
  private var bits = [UInt64](repeating: 0, count: 64)

  mutating func add(_ scalar: UInt32) {
    let bit = Int(scalar & 4095)
    bits[bit >> 6] |= 1 << UInt64(bit & 63)
  }

  @inline(__always) func mayContain(_ scalar: UInt32) -> Bool {
    let bit = Int(scalar & 4095)
    return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
  }
}
