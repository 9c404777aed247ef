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
    /// Whether the bound includes the number itself (不低于20 includes 20, 大于20 does not).
    let inclusive: Bool?
  }

  let qualifiers: [Entry]
  /// Words between a lower and an upper bound (大于二十的同时小于等于三十五).
  let rangeJoiners: [String]
  /// X和Y之间: the connectors and the closing word.
  let betweenConnectors: [String]
  let betweenEnd: String
}

/// A qualifier word found in the text: what it means, whether it includes its number, and where
/// it starts (before the number) or ends (after it).
struct QualifierHit: Sendable {
  let meaning: QuantityMention.Qualifier
  let inclusive: Bool?
  let bound: Int
}

/// Qualifiers indexed by position: tries for the forward ones, scalar arrays for those before.
struct QualifierTable: Sendable {
  private let entries: [QualifierLexicon.Entry]
  private let afterNumber: WordTrie<Int>
  private let afterUnit: WordTrie<Int>
  /// Words standing before a number, longest first, with the scalars that may not precede them.
  private let before: [(word: [Unicode.Scalar], entry: Int, blockers: Set<Unicode.Scalar>)]
  /// The last characters of the words before a number: most numbers follow none, and are passed
  /// with one lookup instead of a comparison per word.
  private let beforeEnds: Set<Unicode.Scalar>
  let rangeJoiners: WordTrie<Int>
  let betweenConnectors: WordTrie<Int>
  let betweenEnd: [Unicode.Scalar]

  init(_ lexicon: QualifierLexicon) {
    entries = lexicon.qualifiers
    let indexed = Array(lexicon.qualifiers.enumerated())
    afterNumber = WordTrie<Int>(
      indexed.filter { $0.element.position == .afterNumber }.map { ($0.element.word, $0.offset) })
    afterUnit = WordTrie<Int>(
      indexed.filter { $0.element.position == .afterUnit }.map { ($0.element.word, $0.offset) })
    before = indexed.filter { $0.element.position == .before }
      .map {
        ($0.element.word.scalars, $0.offset, Set(($0.element.notAfter ?? []).map { $0.scalars[0] }))
      }
      .sorted { $0.word.count > $1.word.count }
    beforeEnds = Set(before.compactMap(\.word.last))
    rangeJoiners = WordTrie<Int>(lexicon.rangeJoiners.enumerated().map { ($1, $0) })
    betweenConnectors = WordTrie<Int>(lexicon.betweenConnectors.enumerated().map { ($1, $0) })
    betweenEnd = lexicon.betweenEnd.scalars
  }

  /// 多/余 between a number and its unit.
  func matchAfterNumber(_ text: [Unicode.Scalar], at position: Int) -> QualifierHit? {
    afterNumber.longestMatch(in: text, at: position).map { hit($0.value, bound: $0.end) }
  }

  private func hit(_ index: Int, bound: Int) -> QualifierHit {
    QualifierHit(meaning: entries[index].meaning, inclusive: entries[index].inclusive, bound: bound)
  }

  /// 以上/左右/之多 after the unit, honouring entries limited to some dimensions (3年多).
  func matchAfterUnit(_ text: [Unicode.Scalar], at position: Int, dimension: String?) -> QualifierHit? {
    guard afterUnit.longestMatch(in: text, at: position) != nil else { return nil }
    for match in afterUnit.matches(in: text, at: position).reversed() {
      let entry = entries[match.value]
      if let only = entry.onlyDimensions, !only.contains(dimension ?? "") { continue }
      return hit(match.value, bound: match.end)
    }
    return nil
  }

  /// 约/近/超过 ending right at `position`, not reaching before `lowerBound`.
  func matchBefore(_ text: [Unicode.Scalar], endingAt position: Int, lowerBound: Int) -> QualifierHit? {
    guard position > lowerBound, position > 0, beforeEnds.contains(text[position - 1]) else { return nil }
    for candidate in before {
      let start = position - candidate.word.count
      guard start >= lowerBound, text.has(candidate.word, at: start) else { continue }
      if start > 0, candidate.blockers.contains(text[start - 1]) { continue }
      return hit(candidate.entry, bound: start)
    }
    return nil
  }
}
