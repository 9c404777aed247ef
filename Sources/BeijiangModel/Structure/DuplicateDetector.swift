/// Finds paragraphs that repeat another paragraph, exactly or nearly (a sentence reworded in one
/// place, or a short paragraph that recurs inside a longer one).
///
/// Compared on letters only (punctuation and white space dropped). A paragraph repeats another when
/// at least `threshold` of its character pairs recur in the other. The repeat is the shorter one;
/// between equals, the later one.
///
/// The work stays linear on pathological input: an exact repeat is found by a digest of its letters
/// in one lookup (`LetterIndexes.swift`); near repeats are looked for only among paragraphs that have a sentence opening
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

  typealias Candidate = (scalars: [Unicode.Scalar], sentences: [SourceSpan])

  /// `paragraphs` holds each candidate's text and sentences; returns one finding per repeat.
  static func find(_ paragraphs: [Candidate]) -> [Finding] {
    // No letter strings are made: exact repeats are found from each paragraph's digest and count,
    // made in one pass without allocating, and near ones by walking the scalars for their letters.
    let signatures = paragraphs.map { LetterSignature($0.scalars) }
    let index = openingIndex(paragraphs)
    var exact = ExactLetterIndex()
    // Each candidate's pairs, made when it is first compared; by paragraph number in an array, not
    // a dictionary: one lookup per candidate.
    var pairSets = [PairSet?](repeating: nil, count: paragraphs.count)
    var findings: [Finding] = []
    // Which paragraphs are already found to be repeats (an array, not a hashed set: one lookup
    // per candidate).
    var taken = [Bool](repeating: false, count: paragraphs.count)
    for number in paragraphs.indices where signatures[number].count >= minimumLetters {
      if let first = exact.firstWithSameLetters(as: number, signatures: signatures, paragraphs: paragraphs) {
        // Same letters as an earlier paragraph: unless that one is itself a repeat, it is the
        // original, as the full comparison below would find (it is the first candidate that passes).
        if !taken[first] {
          findings.append(Finding(repeated: number, original: first, overlap: 1))
          taken[number] = true
          continue
        }
      }
      guard let opening = opening(ofLetters: paragraphs[number].scalars[...]) else { continue }
      let count = signatures[number].count
      for other in index[opening] ?? [] where other != number && !taken[other] {
        let otherCount = signatures[other].count
        let isRepeat = count < otherCount || (count == otherCount && number > other)
        guard isRepeat else { continue }
        let pairs = pairSets[other] ?? pairSet(paragraphs[other].scalars, letters: otherCount)
        pairSets[other] = pairs
        if let overlap = containment(of: paragraphs[number].scalars, letters: count, in: pairs) {
          findings.append(Finding(repeated: number, original: other, overlap: overlap))
          taken[number] = true
          break
        }
      }
    }
    return findings
  }

  /// A sentence opening: a digest of its first `keyLength` letters. Digests, not the letters,
  /// key the index because hashing eight scalars through `Hasher` per sentence is costly, and
  /// every sentence has one. Two openings with one digest would only share candidates, and every candidate
  /// is still compared letter pair by letter pair, so a collision cannot make a false repeat.
  private typealias Opening = UInt64
  private static let keyLength = 8

  /// For each sentence opening, the first `maximumCandidates` paragraphs with a sentence that
  /// opens so, in text order, each once.
  private static func openingIndex(_ paragraphs: [Candidate]) -> [Opening: [Int]] {
    var index: [Opening: [Int]] = [:]
    // Every paragraph's openings in one flat array, each paragraph's keys a range of it.
    var keys: [Opening] = []
    var keysOf: [Range<Int>] = []
    keysOf.reserveCapacity(paragraphs.count)
    for (number, paragraph) in paragraphs.enumerated() {
      let start = keys.count
      for sentence in paragraph.sentences {
        if let key = opening(ofLetters: paragraph.scalars[sentence.start..<sentence.end]) { keys.append(key) }
      }
      keysOf.append(start..<keys.count)
      for key in keys[keysOf[number]] { index[key, default: []].addCandidate(number) }
    }
    return index
  }

  /// The opening of `scalars`, or nil when it has fewer than `keyLength` letters.
  private static func opening(ofLetters scalars: ArraySlice<Unicode.Scalar>) -> Opening? {
    var key = ScalarDigest()
    var count = 0
    for scalar in scalars where isLetter(scalar) {
      key.add(scalar)
      count += 1
      if count == keyLength { return key.value }
    }
    return nil
  }

  static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
    // CJK ideographs, most of an article, are answered before the two general checks.
    if scalar.value >= 0x4E00 && scalar.value <= 0x9FFF { return true }
    return !scalar.isSpace && !scalar.isPunctuationMark
  }

  static func letterString(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    scalars.filter(isLetter)
  }

  /// The containment (the share of `text`'s letter pairs that also occur in the other paragraph)
  /// of `text`, with `letters` letters, in a paragraph with these pairs when it reaches
  /// `threshold`, else nil.
  private static func containment(of text: [Unicode.Scalar], letters: Int, in pairs: PairSet) -> Double? {
    guard letters >= 2, !pairs.isEmpty else { return nil }
    let overlap = share(of: text, letters: letters, in: pairs, stoppingBelow: threshold)
    return overlap >= threshold ? overlap : nil
  }

  /// The share of `text`'s letter pairs found in `pairs`. Stops, returning a share below `floor`, as
  /// soon as so many pairs are missing that the share cannot reach `floor`: unrelated paragraphs
  /// cost a few lookups, not their length.
  ///
  /// The pairs are looked up from the last one back. A candidate was picked because a sentence of
  /// it opens like this text's first one, so on text that never repeats the first sentence's pairs
  /// are found and the misses come after it; from the end they come at once (docs/performance.md, session 8). The order cannot change the answer: the
  /// search stops early exactly when the misses over the whole text exceed the allowance, and
  /// otherwise counts every pair.
  private static func share(
    of text: [Unicode.Scalar], letters: Int, in pairs: PairSet, stoppingBelow floor: Double
  ) -> Double {
    let total = letters - 1
    let allowedMisses = Int((Double(total) * (1 - floor)).rounded(.up))
    var misses = 0
    var after: Unicode.Scalar?
    // The scalars from the end, letters only: a rejected text is walked a little way, never copied.
    for scalar in text.reversed() where isLetter(scalar) {
      if let next = after, !pairs.contains(pairKey(scalar, next)) {
        misses += 1
        if misses > allowedMisses { return Double(total - misses) / Double(total) }
      }
      after = scalar
    }
    return Double(total - misses) / Double(total)
  }

  /// The pairs of consecutive letters of `scalars`, which has `letters` letters.
  private static func pairSet(_ scalars: [Unicode.Scalar], letters: Int) -> PairSet {
    var pairs = PairSet(expected: max(0, letters - 1))
    var before: Unicode.Scalar?
    for scalar in scalars where isLetter(scalar) {
      if let before { pairs.insert(pairKey(before, scalar)) }
      before = scalar
    }
    return pairs
  }

  private static func pairKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }
}

extension Array where Element == Int {
  /// Adds a paragraph to a sentence opening's candidates: at most `maximumCandidates`, each once
  /// (in place, so the list is not copied on every sentence).
  fileprivate mutating func addCandidate(_ number: Int) {
    if count < DuplicateDetector.maximumCandidates && last != number { append(number) }
  }
}
