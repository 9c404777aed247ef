/// Reads whether a figure is a change, from the words right before it: verb [了] [至/到/为] figure
/// (同比增长6.3%, 下降2个百分点, 增加1200人, 提高至88%), or a rate noun and link (增幅为6%). Then
/// the comparison (同比) and what changed: the words before the verb in its clause. Everything is
/// matched backwards from the figure over a few characters, so the cost does not grow with the text.
/// A class, built once, so a call through `MetricsReaders` does not copy its tables.
final class ChangeReader: Sendable {
  private let verbs: [(word: [Unicode.Scalar], direction: QuantityMention.ChangeDirection)]
  private let rateWords: [(word: [Unicode.Scalar], direction: QuantityMention.ChangeDirection)]
  private let rateLinks: [[Unicode.Scalar]]
  private let levelMarkers: [[Unicode.Scalar]]
  private let fillers: [[Unicode.Scalar]]
  private let perMarker: Unicode.Scalar
  private let maxPerUnitLength: Int
  private let notAfter: Set<Unicode.Scalar>
  private let bases: WordTrie<Int>
  private let basisNames: [String]
  private let maxBasisDistance: Int
  private let maxChangedLength: Int
  /// The last characters of every word that may end right before a figure (verbs, markers,
  /// links, comparisons), so a figure after none of them costs one lookup.
  private let wordEnds: Set<Unicode.Scalar>

  init(_ lexicon: ChangeLexicon) {
    func longestFirst(_ words: [ChangeLexicon.Word]) -> [([Unicode.Scalar], QuantityMention.ChangeDirection)]
    {
      words.map { ($0.word.scalars, $0.direction) }.sorted { $0.0.count > $1.0.count }
    }
    verbs = longestFirst(lexicon.verbs)
    rateWords = longestFirst(lexicon.rateWords)
    rateLinks = lexicon.rateLinks.map(\.scalars).sorted { $0.count > $1.count }
    levelMarkers = lexicon.levelMarkers.map(\.scalars)
    fillers = lexicon.fillers.map(\.scalars)
    perMarker = lexicon.perMarker.scalars[0]
    maxPerUnitLength = lexicon.maxPerUnitLength
    notAfter = Set(lexicon.notAfter.map { $0.scalars[0] })
    bases = WordTrie<Int>(lexicon.bases.enumerated().map { ($1.word, $0) })
    basisNames = lexicon.bases.map(\.basis)
    maxBasisDistance = lexicon.maxBasisDistance
    maxChangedLength = lexicon.maxChangedLength
    let words =
      lexicon.verbs.map(\.word) + lexicon.rateWords.map(\.word) + lexicon.rateLinks + lexicon.levelMarkers
      + lexicon.fillers + lexicon.bases.map(\.word)
    wordEnds = Set(words.compactMap { $0.scalars.last })
  }

  /// The change a figure starting at `start` reports, not looking before `lowerBound`.
  func read(_ text: [Unicode.Scalar], start: Int, lowerBound: Int, unit: String?, preset: QuantityMatch)
    -> ChangeReading?
  {
    if let direction = preset.change {
      let reading = ChangeReading(direction: direction, kind: preset.changeKind ?? .amount)
      return completed(reading, text, verbStart: start)
    }
    var index = perUnitStart(text, before: start, lowerBound: lowerBound) ?? start
    guard index > lowerBound, index > 0, wordEnds.contains(text[index - 1]) else { return nil }
    var kind = QuantityMention.ChangeKind.amount
    if let marker = ending(levelMarkers, text, at: index, lowerBound: lowerBound) {
      (index, kind) = (marker, .level)
    }
    if let filler = ending(fillers, text, at: index, lowerBound: lowerBound) { index = filler }
    if let verb = endingWord(verbs, text, at: index, lowerBound: lowerBound) {
      return completed(ChangeReading(direction: verb.direction, kind: kind), text, verbStart: verb.start)
    }
    let link = ending(rateLinks, text, at: start, lowerBound: lowerBound)
    if link != nil || unit == "%",
      let rate = endingWord(rateWords, text, at: link ?? start, lowerBound: lowerBound)
    {
      return completed(ChangeReading(direction: rate.direction, kind: .amount), text, verbStart: rate.start)
    }
    return signedAfterBasis(text, start: start, lowerBound: lowerBound, value: preset.value ?? preset.high)
  }

  /// 同比-22.2%: a comparison right before a negative figure is a decrease of that much.
  private func signedAfterBasis(_ text: [Unicode.Scalar], start: Int, lowerBound: Int, value: Double?)
    -> ChangeReading?
  {
    guard let value, value < 0 else { return nil }
    for length in stride(from: 5, through: 2, by: -1) where start - length >= lowerBound {
      if bases.longestMatch(in: text, at: start - length, limit: start)?.end == start {
        return completed(ChangeReading(direction: .decrease, kind: .amount), text, verbStart: start)
      }
    }
    return nil
  }

  /// Where 每 + a short unit ending at `position` starts (降至每吨300元).
  private func perUnitStart(_ text: [Unicode.Scalar], before position: Int, lowerBound: Int) -> Int? {
    var index = position - 1
    while index >= lowerBound, position - index <= maxPerUnitLength + 1, ScalarClass.isHan(text[index]) {
      if text[index] == perMarker, index < position - 1 { return index }
      index -= 1
    }
    return nil
  }

  /// The comparison before the verb and the words naming what changed. These may cross a date
  /// (比上年), so they look back over the clause, not only to the previous mention.
  private func completed(_ reading: ChangeReading, _ text: [Unicode.Scalar], verbStart: Int) -> ChangeReading
  {
    var reading = reading
    var nounEnd = verbStart
    var index = verbStart - 1
    while index >= max(0, verbStart - maxBasisDistance), !ScalarClass.endsClause(text[index]) {
      if let basis = bases.longestMatch(in: text, at: index, limit: verbStart) {
        reading.basis = basisNames[basis.value]
        nounEnd = index
        break
      }
      index -= 1
    }
    var nounStart = nounEnd
    while nounStart > 0, nounEnd - nounStart < maxChangedLength, ScalarClass.isHan(text[nounStart - 1]) {
      // The 年 of 2024年 belongs to the number before it, not to what changed.
      if nounStart > 1, ScalarClass.isArabicDigit(text[nounStart - 2]) { break }
      nounStart -= 1
    }
    if nounStart < nounEnd { reading.changed = text.string(nounStart..<nounEnd) }
    return reading
  }

  /// The start of one of `words` ending right at `position`.
  private func ending(
    _ words: [[Unicode.Scalar]], _ text: [Unicode.Scalar], at position: Int, lowerBound: Int
  ) -> Int? {
    for word in words {
      let start = position - word.count
      if start >= lowerBound, text.has(word, at: start) { return start }
    }
    return nil
  }

  private func endingWord(
    _ words: [(word: [Unicode.Scalar], direction: QuantityMention.ChangeDirection)], _ text: [Unicode.Scalar],
    at position: Int,
    lowerBound: Int
  ) -> (start: Int, direction: QuantityMention.ChangeDirection)? {
    for entry in words {
      let start = position - entry.word.count
      guard start >= lowerBound, text.has(entry.word, at: start) else { continue }
      if start > 0, notAfter.contains(text[start - 1]) { return nil }
      return (start, entry.direction)
    }
    return nil
  }
}
