/// Finds numerals that are not figures: inside a listed word (进一步, 四子王旗, 第一时间), or a
/// Chinese numeral starting a place name (五原县, 六盘水市). Listed words are indexed by numeral
/// scalar, with where the numeral sits in each, so a check costs a few comparisons and only happens
/// where a numeral is.
struct NotQuantityFilter: Sendable {
  private let wordsByScalar: [UInt32: [(word: [UInt32], offset: Int)]]
  private let placeSuffixes: ScalarTrie
  private let maxNameLength: Int

  init(_ words: NotQuantityWords, numerals: NumeralTable) {
    var index: [UInt32: [(word: [UInt32], offset: Int)]] = [:]
    for word in words.words {
      let scalars = word.scalarValues
      for (offset, scalar) in scalars.enumerated() where numerals.startsNumber(scalar) {
        index[scalar, default: []].append((scalars, offset))
      }
    }
    for key in index.keys { index[key]?.sort { $0.word.count > $1.word.count } }
    wordsByScalar = index
    placeSuffixes = ScalarTrie(words.placeSuffixes.enumerated().map { ($1, $0) })
    maxNameLength = words.maxNameLengthBeforeSuffix
  }

  /// The end of a listed word covering `position`, if any.
  func coveringWordEnd(_ text: [UInt32], at position: Int) -> Int? {
    guard let candidates = wordsByScalar[text[position]] else { return nil }
    for candidate in candidates {
      let start = position - candidate.offset
      if ScalarTrie.matches(candidate.word, in: text, at: start) { return start + candidate.word.count }
    }
    return nil
  }

  /// The end of a place name that a Chinese numeral run (ending at `numberEnd`) begins: one to a few
  /// Han characters then a place suffix (旗, 县, 市). A unit covering what lies between numeral and
  /// suffix (两个县, 三个旗县) makes it a count, not a name.
  func placeNameEnd(_ text: [UInt32], numberEnd: Int, units: UnitTable) -> Int? {
    var index = numberEnd
    while index < text.count, index - numberEnd < maxNameLength, ScalarClass.isHan(text[index]) {
      index += 1
      guard let suffix = placeSuffixes.longestMatch(in: text, at: index) else { continue }
      if let unit = units.match(text, at: numberEnd), unit.end >= index { return nil }
      return suffix.end
    }
    return nil
  }
}
