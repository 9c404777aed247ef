/// The last check a figure's label passes: a noun phrase of 2 to `maxLength` Han characters that
/// starts and ends where a word can (never 份进出口货运量 from 5月份, never 规划建设了), and that is
/// not only a place name (内蒙古 says where, not what). A label failing it is dropped, not repaired
/// by guessing: no label is better than a wrong one.
/// A class, built once, so a call through `NounPhraseRules` does not copy its tables.
final class LabelCleaner: Sendable {
  let badStarts: Set<Unicode.Scalar>
  let badEnds: Set<Unicode.Scalar>
  let timeResidue: [[Unicode.Scalar]]
  let places: WordTrie<Int>
  let minLength: Int
  let maxLength: Int
  let notExamples: [[Unicode.Scalar]]
  let badEndWords: [[Unicode.Scalar]]
  let placeHeads: [[Unicode.Scalar]]
  private let examplesMarker: Unicode.Scalar = "等"
  private let perfective: Unicode.Scalar = "了"  // a clause, not a noun phrase

  init(_ words: ContextWords, placeNames: [String]) {
    badStarts = Set(words.badStartCharacters.compactMap { $0.unicodeScalars.first })
    badEnds = Set(words.badEndCharacters.compactMap { $0.unicodeScalars.first })
    timeResidue = words.timeResidueWords.map(\.scalars).sorted { $0.count > $1.count }
    places = WordTrie<Int>(placeNames.enumerated().map { ($1, $0) })
    minLength = words.minObjectLength
    maxLength = words.maxSubjectLength
    notExamples = words.wordsEndingInExamplesMarker.map(\.scalars)
    badEndWords = words.badEndWords.map(\.scalars)
    placeHeads = words.placeHeadWords.map(\.scalars).sorted { $0.count > $1.count }
  }

  /// `scalars` after the examples a 等 closes (服装、婴童服饰等创新创业企业 → 创新创业企业): the
  /// examples are not what is counted. 等 ending a word (高等院校) stays.
  func droppingExamples(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard let marker = scalars.lastIndex(of: examplesMarker), marker >= 1,
      scalars.count - marker - 1 >= minLength,
      !notExamples.contains(where: { $0.count == 2 && $0[0] == scalars[marker - 1] })
    else { return scalars }
    return Array(scalars[(marker + 1)...])
  }

  /// `scalars` without what a mention ending right before it left behind (份 of 5月份).
  func droppingResidue(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    for word in timeResidue where scalars.count > word.count && scalars.starts(with: word) {
      return Array(scalars.dropFirst(word.count))
    }
    return scalars
  }

  /// `scalars` without the place names that open it (二连口岸中欧班列 → 中欧班列), with a preposition
  /// before them (经满洲里入境中欧班列 → 入境中欧班列) and a facility word closing them (满洲里口岸返程
  /// 中欧班列重箱率 → 返程中欧班列重箱率); a phrase that is only places stays whole and fails `isClean`.
  func droppingLeadingPlaces(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    var start = 0
    if scalars.count > 1, badStarts.contains(scalars[0]), places.longestMatch(in: scalars, at: 1) != nil {
      start = 1
    }
    var dropped = start
    while let match = places.longestMatch(in: scalars, at: dropped), match.end < scalars.count {
      dropped = match.end
      if let head = placeHeads.first(where: { scalars.has($0, at: dropped) }),
        dropped + head.count < scalars.count
      {
        dropped += head.count
      }
    }
    return dropped > start ? Array(scalars[dropped...]) : scalars
  }

  func isOnlyPlaces(_ scalars: [Unicode.Scalar]) -> Bool {
    var start = 0
    while start < scalars.count, let match = places.longestMatch(in: scalars, at: start) { start = match.end }
    return start == scalars.count && !scalars.isEmpty
  }

  func isClean(_ scalars: [Unicode.Scalar]) -> Bool {
    guard scalars.count >= minLength, scalars.count <= maxLength,
      scalars.allSatisfy({ ScalarClass.isHan($0) || SubjectFinder.isCapital($0) }),
      scalars.contains(where: ScalarClass.isHan) || scalars.count >= 3,
      let first = scalars.first, let last = scalars.last
    else { return false }
    return !badStarts.contains(first) && !badEnds.contains(last) && !scalars.contains(perfective)
      && !isOnlyPlaces(scalars)
      && !badEndWords.contains { scalars.count > $0.count && scalars.suffix($0.count).elementsEqual($0) }
  }
}
