/// A set of Unicode scalars kept as one bit per scalar value, up to the largest member.
///
/// The name finders ask at nearly every offset whether the scalar there (or before it) could begin a
/// cue; a bit test answers without hashing, where `Set<Unicode.Scalar>` hashed every scalar. The
/// members here are CJK ideographs and punctuation, so the table is a few kilobytes.
struct ScalarBitSet: Sendable, Equatable {
  private var words: [UInt64] = []

  init() {}

  init(_ scalars: some Sequence<Unicode.Scalar>) {
    for scalar in scalars { insert(scalar) }
  }

  /// The scalars `words` start with; an empty word adds nothing.
  static func firstScalars(of words: some Sequence<String>) -> ScalarBitSet {
    // A closure, not a key path: each key path application is a runtime call (swift_getAtKeyPath),
    // which was a tenth of the entity lexicon's start-up.
    ScalarBitSet(words.compactMap { $0.unicodeScalars.first })
  }

  /// The scalars `words` end with; an empty word adds nothing.
  static func lastScalars(of words: some Sequence<String>) -> ScalarBitSet {
    ScalarBitSet(words.compactMap { $0.unicodeScalars.last })
  }

  mutating func insert(_ scalar: Unicode.Scalar) {
    let word = Int(scalar.value) >> 6
    if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1) }
    words[word] |= Self.bit(scalar)
  }

  func contains(_ scalar: Unicode.Scalar) -> Bool {
    let word = Int(scalar.value) >> 6
    return word < words.count && words[word] & Self.bit(scalar) != 0
  }

  private static func bit(_ scalar: Unicode.Scalar) -> UInt64 { 1 << UInt64(scalar.value & 63) }
}
