/// Shared word lists for carving short noun phrases out of the text around a figure.
/// A class, built once: as a struct, every finder holding it and every call on one of its fields
/// copied all its tables onto the stack.
final class NounPhraseRules: Sendable {
  let measureVerbs: WordTrie<Int>
  let actionVerbs: WordTrie<Int>
  let stopWords: WordTrie<Int>
  let leadingDrops: [[Unicode.Scalar]]
  let trailingDrops: [[Unicode.Scalar]]
  let notSubjects: Set<[Unicode.Scalar]>
  let minObjectLength: Int
  let maxSubjectLength: Int
  let maxCountedLength: Int
  let possessive: Unicode.Scalar = "的"
  let examplesMarker: Unicode.Scalar = "等"
  let selfNamingVerbs: Set<[Unicode.Scalar]>
  /// 由, 从: before a from-to pair the topic ends (泥沙量由每年2700万吨降至400万吨).
  let fromWords: Set<Unicode.Scalar>
  let genericObjects: Set<[Unicode.Scalar]>
  let attributeMarker: Unicode.Scalar?
  /// Verbs of change (增加, 增长 …): with no topic before one, its object is what changes.
  let changeVerbs: Set<[Unicode.Scalar]>
  let nounsOfSelfCounters: [[Unicode.Scalar]]
  let counterTails: Set<Unicode.Scalar>
  let notStops: WordTrie<Int>
  let shareVerbs: WordTrie<Int>
  let comparisonWords: WordTrie<Int>
  let notComparisons: WordTrie<Int>
  let cleaner: LabelCleaner

  init(_ words: ContextWords, placeNames: [String] = []) {
    selfNamingVerbs = Set(words.selfNamingVerbs.map(\.scalars))
    genericObjects = Set(words.genericObjects.map(\.scalars))
    attributeMarker = words.attributeMarker.unicodeScalars.first
    changeVerbs = Set(words.changeVerbs.map(\.scalars))
    nounsOfSelfCounters = words.nounsOfSelfCounters.map(\.scalars)
    notStops = WordTrie<Int>(words.wordsStartingWithStopWords.enumerated().map { ($1, $0) })
    shareVerbs = WordTrie<Int>(words.shareVerbs.enumerated().map { ($1, $0) })
    counterTails = Set(words.counterTails.compactMap { $0.unicodeScalars.first })
    fromWords = Set(words.fromWords.compactMap { $0.unicodeScalars.first })
    comparisonWords = WordTrie<Int>(words.comparisonWords.enumerated().map { ($1, $0) })
    notComparisons = WordTrie<Int>(words.wordsStartingWithComparison.enumerated().map { ($1, $0) })
    cleaner = LabelCleaner(words, placeNames: placeNames)
    measureVerbs = WordTrie<Int>(words.measureVerbs.enumerated().map { ($1, $0) })
    actionVerbs = WordTrie<Int>(words.actionVerbs.enumerated().map { ($1, $0) })
    stopWords = WordTrie<Int>(words.stopWords.enumerated().map { ($1, $0) })
    leadingDrops = words.leadingWordsToDrop.map(\.scalars).sorted { $0.count > $1.count }
    trailingDrops = words.trailingWordsToDrop.map(\.scalars).sorted { $0.count > $1.count }
    notSubjects = Set(words.notSubjects.map(\.scalars))
    minObjectLength = words.minObjectLength
    maxSubjectLength = words.maxSubjectLength
    maxCountedLength = words.maxCountedLength
  }

  /// Whether a comparison (比上年, 较去年, 同比) opens at `index`: not a word starting like one (比重, 较快).
  func opensComparison(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    comparisonWords.longestMatch(in: text, at: index) != nil
      && notComparisons.longestMatch(in: text, at: index) == nil
  }

  /// Whether a noun that starts like a verb or stop word (增加值, 中心) starts at `index`.
  func startsNoun(_ text: [Unicode.Scalar], at index: Int) -> Bool {
    notStops.longestMatch(in: text, at: index) != nil
  }

  /// Whether a word ending the phrase starts at `index`: a stop word, or a verb when asked.
  func startsStop(_ text: [Unicode.Scalar], at index: Int, verbs: Bool) -> Bool {
    if notStops.longestMatch(in: text, at: index) != nil { return false }
    if stopWords.longestMatch(in: text, at: index) != nil { return true }
    guard verbs else { return false }
    return actionVerbs.longestMatch(in: text, at: index) != nil
      || measureVerbs.longestMatch(in: text, at: index) != nil
  }

  /// A run of Han characters and quotes from `start` up to the first stop word, verb or other
  /// character; nil when empty or longer than `maxLength` Han characters (a truncated phrase would
  /// mislead more than none).
  func phrase(_ text: [Unicode.Scalar], from start: Int, maxLength: Int, stopAtVerbs: Bool) -> Range<Int>? {
    var index = start
    var hanCount = 0
    while index < text.count {
      let scalar = text[index]
      if ScalarClass.isQuote(scalar) {
        index += 1
        continue
      }
      guard ScalarClass.isHan(scalar), !startsStop(text, at: index, verbs: stopAtVerbs) else { break }
      hanCount += 1
      index += 1
    }
    guard hanCount > 0, hanCount <= maxLength else { return nil }
    return start..<index
  }

  /// `range` without leading and trailing filler words (从, 全区, 每年 / 上, 中), and without quotes.
  /// A closing quote or title mark ends a name (《…公约》共): only filler after it is trimmed, never
  /// the name's own end (约 of 公约).
  func trimmed(_ text: [Unicode.Scalar], _ range: Range<Int>) -> [Unicode.Scalar] {
    guard let close = nameEnd(text, range) else {
      return trimmed(Array(text[range]).filter { !ScalarClass.isQuote($0) })
    }
    return trimmed(Array(text[range.lowerBound..<close]).filter { !ScalarClass.isQuote($0) }, trailing: false)
  }

  /// The closing quote or title mark after which `range` holds only filler, if any.
  func nameEnd(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Int? {
    guard
      let close = range.last(where: {
        ScalarClass.isQuote(text[$0]) && !ScalarClass.isOpeningQuote(text[$0]) && text[$0] != "《"
      }), trimmed(Array(text[(close + 1)..<range.upperBound])).isEmpty
    else { return nil }
    return close
  }

  /// `scalars` without leading and trailing filler words.
  func trimmed(_ scalars: [Unicode.Scalar], trailing: Bool = true) -> [Unicode.Scalar] {
    var scalars = scalars
    var changed = true
    while changed {
      changed = false
      for word in leadingDrops where scalars.count > word.count && scalars.starts(with: word) {
        scalars.removeFirst(word.count)
        changed = true
      }
      for word in trailingDrops
      where trailing && scalars.count > word.count && scalars.suffix(word.count).elementsEqual(word) {
        scalars.removeLast(word.count)
        changed = true
      }
    }
    if leadingDrops.contains(scalars) { return [] }
    return scalars
  }
}
