/// Finds paragraphs that repeat another paragraph, exactly or nearly (a sentence reworded in one
/// place, or a short paragraph that recurs inside a longer one).
///
/// Compared on letters only (punctuation and white space dropped). A paragraph repeats another when
/// at least `threshold` of its character pairs recur in the other. The repeat is the shorter one;
/// between equals, the later one.
///
/// The work stays linear on pathological input: an exact repeat is found by its whole letter string
/// in one lookup; near repeats are looked for only among paragraphs that have a sentence opening
/// like this paragraph's first one, and only among the first `maximumCandidates` (16) such paragraphs in
/// text order. An article with more paragraphs than that sharing one opening (100 000 paragraphs
/// starting 自治区推进六大工程) has near repeats past the cap go unmarked; exact repeats are always found.
enum DuplicateDetector {
  static let threshold = 0.85
  static let minimumLetters = 16
  /// How many paragraphs sharing a sentence opening are kept as near-repeat candidates.
  static let maximumCandidates = 16

  struct Finding: Equatable {
    var repeated: Int
    var original: Int
    var overlap: Double
  }

  /// `paragraphs` holds each candidate's text and sentences; returns one finding per repeat.
  static func find(_ paragraphs: [(scalars: [Unicode.Scalar], sentences: [SourceSpan])]) -> [Finding] {
    let letters = paragraphs.map { letterString($0.scalars[...]) }
    let index = openingIndex(paragraphs)
    var exact = ExactLetterIndex()
    var pairSets: [Int: Set<UInt64>] = [:]
    var findings: [Finding] = []
    var taken = Set<Int>()
    for (number, text) in letters.enumerated() where text.count >= minimumLetters {
      if let first = exact.firstWithSameLetters(as: number, in: letters) {
        // Same letters as an earlier paragraph: unless that one is itself a repeat, it is the
        // original, as the full comparison below would find (it is the first candidate that passes).
        if !taken.contains(first) {
          findings.append(Finding(repeated: number, original: first, overlap: 1))
          taken.insert(number)
          continue
        }
      }
      guard let opening = opening(ofLetters: text[...]) else { continue }
      for other in index[opening] ?? [] where other != number && !taken.contains(other) {
        let otherText = letters[other]
        let isRepeat = text.count < otherText.count || (text.count == otherText.count && number > other)
        guard isRepeat else { continue }
        let pairs = pairSets[other] ?? pairSet(otherText)
        pairSets[other] = pairs
        if let overlap = containment(of: text, in: pairs) {
          findings.append(Finding(repeated: number, original: other, overlap: overlap))
          taken.insert(number)
          break
        }
      }
    }
    return findings
  }

  /// A sentence opening: a digest of its first `keyLength` letters. Digests, not the letters,
  /// key the index because hashing eight scalars through `Hasher` per sentence was a tenth of the
  /// structure step. Two openings with one digest would only share candidates, and every candidate
  /// is still compared letter pair by letter pair, so a collision cannot make a false repeat.
  private typealias Opening = UInt64
  private static let keyLength = 8

  /// For each sentence opening, the first `maximumCandidates` paragraphs with a sentence that
  /// opens so, in text order, each once.
  private static func openingIndex(
    _ paragraphs: [(scalars: [Unicode.Scalar], sentences: [SourceSpan])]
  ) -> [Opening: [Int]] {
    var index: [Opening: [Int]] = [:]
    for (number, paragraph) in paragraphs.enumerated() {
      for sentence in paragraph.sentences {
        guard let key = opening(ofLetters: paragraph.scalars[sentence.start..<sentence.end]) else { continue }
        index[key, default: []].addCandidate(number)
      }
    }
    return index
  }

  /// The opening of `scalars`, or nil when it has fewer than `keyLength` letters.
  private static func opening(ofLetters scalars: ArraySlice<Unicode.Scalar>) -> Opening? {
    var key = LetterDigest()
    var count = 0
    for scalar in scalars where isLetter(scalar) {
      key.add(scalar)
      count += 1
      if count == keyLength { return key.value }
    }
    return nil
  }

  private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    !scalar.isSpace && !scalar.isPunctuationMark
  }

  static func letterString(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    scalars.filter(isLetter)
  }

  /// The containment (the share of `text`'s character pairs that also occur in the other paragraph) of `text` in a paragraph with these pairs when it reaches `threshold`, else nil.
  private static func containment(of text: [Unicode.Scalar], in pairs: Set<UInt64>) -> Double? {
    guard text.count >= 2, !pairs.isEmpty else { return nil }
    let overlap = share(of: text, in: pairs, stoppingBelow: threshold)
    return overlap >= threshold ? overlap : nil
  }

  /// The share of `text`'s pairs found in `pairs`. Stops, returning a share below `floor`, as soon
  /// as so many pairs are missing that the share cannot reach `floor`: unrelated paragraphs cost a
  /// few lookups, not their length.
  private static func share(of text: [Unicode.Scalar], in pairs: Set<UInt64>, stoppingBelow floor: Double)
    -> Double
  {
    let total = text.count - 1
    let allowedMisses = Int((Double(total) * (1 - floor)).rounded(.up))
    var misses = 0
    for index in 0..<total where !pairs.contains(pairKey(text[index], text[index + 1])) {
      misses += 1
      if misses > allowedMisses { return Double(total - misses) / Double(total) }
    }
    return Double(total - misses) / Double(total)
  }

  private static func pairSet(_ letters: [Unicode.Scalar]) -> Set<UInt64> {
    guard letters.count >= 2 else { return [] }
    var pairs = Set<UInt64>(minimumCapacity: letters.count - 1)
    for index in 0..<(letters.count - 1) { pairs.insert(pairKey(letters[index], letters[index + 1])) }
    return pairs
  }

  private static func pairKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }
}

/// Paragraphs by their letters, to find exact repeats in one lookup. Keyed by a 64-bit FNV-1a
/// digest of the letters rather than by the letters themselves: hashing whole paragraphs through
/// `Hasher` cost more than the rest of the repeat search. Paragraphs whose digests collide are told
/// apart by comparing their letters, so the answer is exact.
private struct ExactLetterIndex {
  private var byDigest: [UInt64: [Int]] = [:]

  /// The first earlier paragraph with the same letters as paragraph `number`; when there is none,
  /// `number` is recorded as the first with its letters.
  mutating func firstWithSameLetters(as number: Int, in letters: [[Unicode.Scalar]]) -> Int? {
    let digest = Self.digest(letters[number])
    if let first = byDigest[digest]?.first(where: { letters[$0] == letters[number] }) { return first }
    byDigest[digest, default: []].append(number)
    return nil
  }

  private static func digest(_ letters: [Unicode.Scalar]) -> UInt64 {
    var digest = LetterDigest()
    for letter in letters { digest.add(letter) }
    return digest.value
  }
}

/// 64-bit FNV-1a over scalar values: a few cycles a letter, where `Hasher` costs tens.
private struct LetterDigest {
  private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

  mutating func add(_ scalar: Unicode.Scalar) {
    value = (value ^ UInt64(scalar.value)) &* 0x100_0000_01b3
  }
}

extension Array where Element == Int {
  /// Adds a paragraph to a sentence opening's candidates: at most `maximumCandidates`, each once
  /// (in place, so the list is not copied on every sentence).
  fileprivate mutating func addCandidate(_ number: Int) {
    if count < DuplicateDetector.maximumCandidates && last != number { append(number) }
  }
}
