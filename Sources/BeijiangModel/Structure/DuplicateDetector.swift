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
  private static let keyLength = 8

  struct Finding: Equatable {
    var repeated: Int
    var original: Int
    var overlap: Double
  }

  /// `paragraphs` holds each candidate's text and sentences; returns one finding per repeat.
  static func find(_ paragraphs: [(scalars: [Unicode.Scalar], sentences: [SourceSpan])]) -> [Finding] {
    let letters = paragraphs.map { letterString($0.scalars[...]) }
    let index = openingIndex(paragraphs)
    var firstWithLetters: [[Unicode.Scalar]: Int] = [:]
    var pairSets: [Int: Set<UInt64>] = [:]
    var findings: [Finding] = []
    var taken = Set<Int>()
    for (number, text) in letters.enumerated() where text.count >= minimumLetters {
      if let first = firstWithLetters[text] {
        // Same letters as an earlier paragraph: unless that one is itself a repeat, it is the
        // original, as the full comparison below would find (it is the first candidate that passes).
        if !taken.contains(first) {
          findings.append(Finding(repeated: number, original: first, overlap: 1))
          taken.insert(number)
          continue
        }
      } else {
        firstWithLetters[text] = number
      }
      let candidates = index[Array(text.prefix(keyLength))] ?? []
      for other in candidates where other != number && !taken.contains(other) {
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

  /// For each sentence opening (its first `keyLength` letters), the first `maximumCandidates`
  /// paragraphs with a sentence that opens so, in text order, each once.
  private static func openingIndex(
    _ paragraphs: [(scalars: [Unicode.Scalar], sentences: [SourceSpan])]
  ) -> [[Unicode.Scalar]: [Int]] {
    var index: [[Unicode.Scalar]: [Int]] = [:]
    for (number, paragraph) in paragraphs.enumerated() {
      for sentence in paragraph.sentences {
        let key = Array(letterString(paragraph.scalars[sentence.start..<sentence.end]).prefix(keyLength))
        guard key.count == keyLength else { continue }
        let listed = index[key, default: []]
        if listed.count < maximumCandidates && listed.last != number {
          index[key, default: []].append(number)
        }
      }
    }
    return index
  }

  static func letterString(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    scalars.filter { !$0.isSpace && !$0.isPunctuationMark }
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
