/// A set of letter pairs (two scalar values packed in a `UInt64`) for the repeat finder's
/// containment test.
///
/// Why not `Set<UInt64>`: every insert and lookup there goes through `Hasher` (SipHash), and
/// comparing the paragraphs of a long article that shares sentence openings is millions of
/// lookups. This table hashes by one multiplication (Fibonacci hashing) and probes linearly; it
/// holds only what the repeat finder needs: insert and membership (measured in docs/performance.md,
/// "Fast paths").
struct PairSet {
  /// No pair packs to this: scalar values stop at U+10FFFF.
  private static let empty = UInt64.max
  private var slots: [UInt64]
  private var shift: UInt64

  /// A set with room for `expected` pairs at most half full.
  init(expected: Int) {
    var bits: UInt64 = 4
    while (1 << bits) < expected * 2 { bits += 1 }
    slots = [UInt64](repeating: Self.empty, count: 1 << bits)
    shift = 64 - bits
  }

  var isEmpty: Bool { count == 0 }
  private(set) var count = 0

  mutating func insert(_ pair: UInt64) {
    if (count + 1) * 2 > slots.count { grow() }
    var slot = home(of: pair)
    while slots[slot] != Self.empty {
      if slots[slot] == pair { return }
      slot = (slot + 1) & (slots.count - 1)
    }
    slots[slot] = pair
    count += 1
  }

  func contains(_ pair: UInt64) -> Bool {
    var slot = home(of: pair)
    while slots[slot] != Self.empty {
      if slots[slot] == pair { return true }
      slot = (slot + 1) & (slots.count - 1)
    }
    return false
  }

  /// Doubles the table, so it never fills past half (probes stay short) and never fills up.
  private mutating func grow() {
    let old = slots.filter { $0 != Self.empty }
    slots = [UInt64](repeating: Self.empty, count: slots.count * 2)
    shift -= 1
    count = 0
    for pair in old { insert(pair) }
  }

  private func home(of pair: UInt64) -> Int {
    Int(truncatingIfNeeded: (pair &* 0x9E37_79B9_7F4A_7C15) >> shift)
  }
}
