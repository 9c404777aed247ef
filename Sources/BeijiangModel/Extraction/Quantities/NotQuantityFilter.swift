/// Finds numerals that are not figures: inside a listed word (进一步, 四子王旗, 第一时间), or a
/// Chinese numeral starting a place name (五原县, 六盘水市). Listed words are indexed by numeral
/// scalar, with where the numeral sits in each, so a check costs a few comparisons and only happens
/// where a numeral is. A class, built once: as a struct, each call through the lexicon copied it.
final class NotQuantityFilter: Sendable {
  private let wordsByScalar: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]]
  private let placeSuffixes: WordTrie<Int>
  private let maxNameLength: Int

  init(_ words: NotQuantityWords, numerals: NumeralTable) {
    var index: [Unicode.Scalar: [(word: [Unicode.Scalar], offset: Int)]] = [:]
    for word in words.words {
      let scalars = word.scalars
      for (offset, scalar) in scalars.enumerated() where numerals.startsNumber(scalar) {
        index[scalar, default: []].append((scalars, offset))
      }
    }
    for key in index.keys { index[key]?.sort { $0.word.count > $1.word.count } }
    wordsByScalar = index
    placeSuffixes = WordTrie<Int>(words.placeSuffixes.enumerated().map { ($1, $0) })
    maxNameLength = words.maxNameLengthBeforeSuffix
  }

  /// The end of a listed word covering `position`, if any.
  func coveringWordEnd(_ text: [Unicode.Scalar], at position: Int) -> Int? {
    guard let candidates = wordsByScalar[text[position]] else { return nil }
    for candidate in candidates {
      let start = position - candidate.offset
      if text.has(candidate.word, at: start) { return start + candidate.word.count }
    }
    return nil
  }

  /// The end of a place name that a Chinese numeral run (ending at `numberEnd`) begins: one to a few
  /// Han characters then a place suffix (旗, 县, 市). A unit covering what lies between numeral and
  /// suffix (两个县, 三个旗县) makes it a count, not a name.
  func placeNameEnd(_ text: [Unicode.Scalar], numberEnd: Int, units: UnitTable) -> Int? {
    var index = numberEnd
    while index < text.count, index - numberEnd < maxNameLength, ScalarClass.isHan(text[index]) {
      index += 1
      guard let suffix = placeSuffixes.longestMatch(in: text, at: index) else { continue }
      if let unit = units.match(text, at: numberEnd), unit.end >= index { return nil }
      return suffix.end
    }
    return nil
  }

  /// The end of a clock time starting at `position` (09:30, 11:57:10, 10：00): a time of day, no
  /// figure. One or two ASCII digits, then one or two groups of a colon and two digits.
  static func clockTimeEnd(_ text: [Unicode.Scalar], at position: Int) -> Int? {
    guard position == 0 || !ScalarClass.isArabicDigit(text[position - 1]) else { return nil }
    var index = position
    while index < text.count, ScalarClass.isASCIIDigit(text[index]), index - position < 3 { index += 1 }
    guard (1...2).contains(index - position) else { return nil }
    var groups = 0
    while groups < 2, index + 2 < text.count, text[index] == ":" || text[index] == "：",
      ScalarClass.isASCIIDigit(text[index + 1]), ScalarClass.isASCIIDigit(text[index + 2])
    {
      index += 3
      groups += 1
    }
    guard groups > 0, index == text.count || !ScalarClass.isArabicDigit(text[index]) else { return nil }
    return index
  }
}
