/// 64-bit FNV-1a over scalar values: a few cycles a scalar, where `Hasher` costs tens. Used to find
/// equal texts (the repeat finder's letters, identical paragraphs); every user compares the texts
/// whose digests match, so a collision can cost time but never give a wrong answer. Pays on
/// distinct text (docs/performance.md, "Fast paths": `DuplicateDetector` openings).
struct ScalarDigest {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ scalar: Unicode.Scalar) {
    value = (value ^ UInt64(scalar.value)) &* 0x100_0000_01b3
  }
}
