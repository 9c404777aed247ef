/// Finds paragraphs that repeat another paragraph, exactly or nearly (a sentence reworded in one
/// place, or a short paragraph that recurs inside a longer one).
///
/// Compared on letters only (punctuation and white space dropped). A paragraph repeats another when
/// at least `threshold` of its character pairs recur in the other. The repeat is the shorter one;
/// between equals, the later one. Candidates come from an index of sentence openings, so the work
/// grows with the number of sentences, not with the square of the number of paragraphs.
enum DuplicateDetector {
  static let threshold = 0.85
  static let minimumLetters = 16
  private static let keyLength = 8

  struct Finding: Equatable {
    var repeat_: Int
    var original: Int
    var overlap: Double
  }

  /// `paragraphs` holds each candidate's text and sentences; returns one finding per repeat.
  static func find(_ paragraphs: [(scalars: [Unicode.Scalar], sentences: [SourceSpan])]) -> [Finding] {
    let letters = paragraphs.map { letterString($0.scalars[...]) }
    var index: [[Unicode.Scalar]: [Int]] = [:]
    for (number, paragraph) in paragraphs.enumerated() {
      for sentence in paragraph.sentences {
        let key = Array(letterString(paragraph.scalars[sentence.start..<sentence.end]).prefix(keyLength))
        if key.count == keyLength { index[key, default: []].append(number) }
      }
    }
    var findings: [Finding] = []
    var taken = Set<Int>()
    for (number, text) in letters.enumerated() where text.count >= minimumLetters {
      let key = Array(text.prefix(keyLength))
      let candidates = Set(index[key] ?? []).subtracting([number]).sorted()
      for other in candidates where !taken.contains(other) {
        let otherText = letters[other]
        let isRepeat = text.count < otherText.count || (text.count == otherText.count && number > other)
        guard isRepeat else { continue }
        let overlap = containment(of: text, in: otherText)
        if overlap >= threshold {
          findings.append(Finding(repeat_: number, original: other, overlap: overlap))
          taken.insert(number)
          break
        }
      }
    }
    return findings
  }

  static func letterString(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
    scalars.filter { !$0.properties.isWhitespace && !isPunctuation($0) }
  }

  private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.properties.generalCategory {
    case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
      .initialPunctuation, .finalPunctuation, .otherPunctuation:
      return true
    default:
      return false
    }
  }

  /// The share of `text`'s character pairs that also occur in `other`.
  static func containment(of text: [Unicode.Scalar], in other: [Unicode.Scalar]) -> Double {
    guard text.count >= 2 else { return 0 }
    guard other.count >= 2 else { return 0 }
    var pairs = Set<UInt64>()
    for index in 0..<(other.count - 1) { pairs.insert(pairKey(other[index], other[index + 1])) }
    var found = 0
    for index in 0..<(text.count - 1) where pairs.contains(pairKey(text[index], text[index + 1])) {
      found += 1
    }
    return Double(found) / Double(text.count - 1)
  }

  private static func pairKey(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
    UInt64(first.value) << 32 | UInt64(second.value)
  }
}
