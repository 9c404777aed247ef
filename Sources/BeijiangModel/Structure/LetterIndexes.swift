/// The indexes the repeat finder (`DuplicateDetector`) keeps over paragraphs' letters: a digest
/// and count per paragraph, and paragraphs by digest for exact repeats.

/// A paragraph's letters in brief: their digest and their count.
struct LetterSignature {
  let digest: UInt64
  let count: Int

  init(_ scalars: [Unicode.Scalar]) {
    var digest = ScalarDigest()
    var count = 0
    for scalar in scalars where DuplicateDetector.isLetter(scalar) {
      digest.add(scalar)
      count += 1
    }
    self.digest = digest.value
    self.count = count
  }
}

/// Paragraphs by their letters, to find exact repeats in one lookup. Keyed by a 64-bit FNV-1a
/// digest of the letters rather than by the letters themselves: hashing whole paragraphs through
/// `Hasher` cost more than the rest of the repeat search. Paragraphs whose digests collide are told
/// apart by comparing their letters, so the answer is exact.
struct ExactLetterIndex {
  private var byDigest: [UInt64: [Int]] = [:]

  /// The first earlier paragraph with the same letters as paragraph `number`; when there is none,
  /// `number` is recorded as the first with its letters.
  ///
  /// A later paragraph with the same letters always gets the answer its first copy got (or that
  /// copy, when it got none): each digest's list only grows at its end, and every entry before the
  /// answer was already there, and already failed to match, when the first copy asked.
  mutating func firstWithSameLetters(
    as number: Int, signatures: [LetterSignature], paragraphs: [DuplicateDetector.Candidate]
  ) -> Int? {
    let signature = signatures[number]
    let first = byDigest[signature.digest]?.first { earlier in
      signatures[earlier].count == signature.count
        && Self.sameLetters(paragraphs[earlier].scalars, paragraphs[number].scalars)
    }
    if let first { return first }
    byDigest[signature.digest, default: []].append(number)
    return nil
  }

  /// Whether two texts have the same letters; the same text is answered by one array comparison.
  private static func sameLetters(_ first: [Unicode.Scalar], _ second: [Unicode.Scalar]) -> Bool {
    if first == second { return true }
    var (left, right) = (0, 0)
    while true {
      while left < first.count, !DuplicateDetector.isLetter(first[left]) { left += 1 }
      while right < second.count, !DuplicateDetector.isLetter(second[right]) { right += 1 }
      guard left < first.count, right < second.count else {
        return left == first.count && right == second.count
      }
      guard first[left] == second[right] else { return false }
      (left, right) = (left + 1, right + 1)
    }
  }
}
