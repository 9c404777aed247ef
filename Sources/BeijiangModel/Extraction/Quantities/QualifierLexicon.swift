/// Approximation words from `Data/qualifiers.json`: where they stand (before the number, between
/// number and unit, after the unit) and what they mean.
struct QualifierLexicon: Decodable, Sendable {
  enum Position: String, Decodable, Sendable {
    case before, afterNumber, afterUnit
  }

  struct Entry: Decodable, Sendable {
    let word: String
    let meaning: QuantityMention.Qualifier
    let position: Position
    let notAfter: [String]?
    let onlyDimensions: [String]?
  }

  let qualifiers: [Entry]
}

/// Qualifiers indexed by position: tries for the forward ones, scalar arrays for those before.
struct QualifierTable: Sendable {
  private let entries: [QualifierLexicon.Entry]
  private let afterNumber: ScalarTrie
  private let afterUnit: ScalarTrie
  /// Words standing before a number, longest first, with the scalars that may not precede them.
  private let before: [(word: [UInt32], meaning: QuantityMention.Qualifier, blockers: Set<UInt32>)]

  init(_ lexicon: QualifierLexicon) {
    entries = lexicon.qualifiers
    let indexed = Array(lexicon.qualifiers.enumerated())
    afterNumber = ScalarTrie(
      indexed.filter { $0.element.position == .afterNumber }.map { ($0.element.word, $0.offset) })
    afterUnit = ScalarTrie(
      indexed.filter { $0.element.position == .afterUnit }.map { ($0.element.word, $0.offset) })
    before = lexicon.qualifiers.filter { $0.position == .before }
      .map { ($0.word.scalarValues, $0.meaning, Set(($0.notAfter ?? []).map { $0.scalarValues[0] })) }
      .sorted { $0.word.count > $1.word.count }
  }

  /// 多/余 between a number and its unit.
  func matchAfterNumber(_ text: [UInt32], at position: Int) -> (QuantityMention.Qualifier, end: Int)? {
    afterNumber.longestMatch(in: text, at: position).map { (entries[$0.payload].meaning, $0.end) }
  }

  /// 以上/左右/之多 after the unit, honouring entries limited to some dimensions (3年多).
  func matchAfterUnit(_ text: [UInt32], at position: Int, dimension: String?) -> (
    QuantityMention.Qualifier, end: Int
  )? {
    for match in afterUnit.allMatches(in: text, at: position).reversed() {
      let entry = entries[match.payload]
      if let only = entry.onlyDimensions, !only.contains(dimension ?? "") { continue }
      return (entry.meaning, match.end)
    }
    return nil
  }

  /// 约/近/超过 ending right at `position`, not reaching before `lowerBound`.
  func matchBefore(_ text: [UInt32], endingAt position: Int, lowerBound: Int) -> (
    QuantityMention.Qualifier, start: Int
  )? {
    for candidate in before {
      let start = position - candidate.word.count
      guard start >= lowerBound, ScalarTrie.matches(candidate.word, in: text, at: start) else { continue }
      if start > 0, candidate.blockers.contains(text[start - 1]) { continue }
      return (candidate.meaning, start)
    }
    return nil
  }
}
