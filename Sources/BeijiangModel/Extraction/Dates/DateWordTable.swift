/// The words the date reader looks up where a date may start, each with what it is and the
/// characters it may not follow (目前年底 is not 前年).
extension DateTables {
  static func wordEntries(_ lexicon: DateLexicon) -> [(String, DateWord, [String])] {
    var entries: [(String, DateWord, [String])] = []
    for (index, entry) in lexicon.relativeYears.enumerated() {
      entries.append((entry.word, .relativeYear(index), entry.notAfter ?? []))
    }
    for (index, entry) in lexicon.spans.enumerated() {
      entries.append((entry.word, .span(index), entry.notAfter ?? []))
    }
    for (index, entry) in lexicon.festivals.enumerated() {
      entries.append((entry.word, .festival(index), []))
      for pair in lexicon.festivalQuotes where pair.count == 2 {
        entries.append((pair[0] + entry.word + pair[1], .festival(index), []))
      }
    }
    let offsets: [([DateLexicon.Offset], (Int) -> DateWord)] = [
      (lexicon.relativeDays, { .relativeDay($0) }), (lexicon.relativeMonths, { .relativeMonth($0) }),
      (lexicon.relativeWeeks, { .relativeWeek($0) }),
    ]
    for (list, word) in offsets {
      for (index, entry) in list.enumerated() {
        entries.append((entry.word, word(index), entry.notAfter ?? []))
      }
    }
    entries += weekdayEntries(lexicon)
    entries += lexicon.vagueWords.map { ($0, .vague, lexicon.vagueNotAfter) }
    for (index, entry) in lexicon.spanPrefixes.enumerated() {
      entries.append((entry.word, .spanPrefix(index), lexicon.spanPrefixNotAfter))
    }
    for (index, entry) in lexicon.centuries.enumerated() { entries.append((entry.word, .century(index), [])) }
    for (index, entry) in lexicon.plans.enumerated() {
      entries.append((entry.word, .plan(index), []))
      for pair in lexicon.festivalQuotes where pair.count == 2 {
        entries.append((pair[0] + entry.word + pair[1], .plan(index), []))
      }
    }
    entries.append((lexicon.lunarMarker, .lunar, []))
    return entries
  }

  /// 周一 … 周日, 星期一 … 星期天: Monday is 1.
  private static func weekdayEntries(_ lexicon: DateLexicon) -> [(String, DateWord, [String])] {
    var entries: [(String, DateWord, [String])] = []
    for prefix in lexicon.weekdayPrefixes {
      for (index, name) in lexicon.weekdayNames.enumerated() {
        entries.append((prefix + name, .weekday(index + 1), lexicon.weekdayNotAfter))
      }
      for name in lexicon.weekdaySunday where prefix != lexicon.weekdayPrefixes.first {
        entries.append((prefix + name, .weekday(7), lexicon.weekdayNotAfter))
      }
    }
    return entries
  }
}

/// The tries for what may follow or precede a date: month parts (上旬), counted units (3天前),
/// open ends (以来, 起, 以前), plan suffixes (期间), and the cues that make a date a target.
struct RelativeDateTables: Sendable {
  let monthParts: WordTrie<Int>
  let countUnits: WordTrie<Int>
  let agoWords: WordTrie<Int>
  let sinceWords: WordTrie<Int>
  let sinceBlockers: Set<Unicode.Scalar>
  let openSuffixes: WordTrie<Int>
  let openSuffixBlockers: Set<Unicode.Scalar>
  let planSuffixes: WordTrie<Int>
  let decadeMarker: [Unicode.Scalar]
  let weekdayNames: [Unicode.Scalar: Int]
  let untilPrefixes: [[Unicode.Scalar]]
  let laterAnchors: Set<Unicode.Scalar>
  let targetFollowers: Set<Unicode.Scalar>
  let dayAloneBlockers: Set<Unicode.Scalar>
  let lunarMonthNames: [Unicode.Scalar: Int]
  let lunarDayPrefix: [Unicode.Scalar]
  let lunarMarker: [Unicode.Scalar]
  let targetCues: [[Unicode.Scalar]]
  let changeToWords: [[Unicode.Scalar]]

  init(_ lexicon: DateLexicon) {
    monthParts = WordTrie<Int>(lexicon.monthParts.enumerated().map { ($1.word, $0) })
    countUnits = WordTrie<Int>(lexicon.countUnits.enumerated().map { ($1.word, $0) })
    agoWords = WordTrie<Int>(lexicon.agoWords.enumerated().map { ($1.word, $0) })
    sinceWords = WordTrie<Int>(lexicon.sinceWords.enumerated().map { ($1, $0) })
    sinceBlockers = Set(lexicon.sinceNotBefore.map { $0.scalars[0] })
    openSuffixes = WordTrie<Int>(lexicon.openSuffixes.enumerated().map { ($1.word, $0) })
    openSuffixBlockers = Set(lexicon.openSuffixNotBefore.map { $0.scalars[0] })
    planSuffixes = WordTrie<Int>(lexicon.planSuffixes.enumerated().map { ($1, $0) })
    decadeMarker = lexicon.decadeMarker.scalars
    var names: [Unicode.Scalar: Int] = [:]
    for (index, name) in lexicon.weekdayNames.enumerated() { names[name.scalars[0]] = index + 1 }
    for name in lexicon.weekdaySunday { names[name.scalars[0]] = 7 }
    weekdayNames = names
    untilPrefixes = lexicon.untilPrefixes.map(\.scalars).sorted { $0.count > $1.count }
    targetCues = lexicon.targetCues.map(\.scalars)
    changeToWords = lexicon.changeToWords.map(\.scalars)
    targetFollowers = Set(lexicon.targetFollowers.map { $0.scalars[0] })
    laterAnchors = Set(lexicon.laterAnchors.map { $0.scalars[0] })
    dayAloneBlockers = Set(lexicon.dayAloneNotAfter.map { $0.scalars[0] })
    var lunarMonths: [Unicode.Scalar: Int] = [:]
    for (name, month) in lexicon.lunarMonthNames { lunarMonths[name.scalars[0]] = month }
    lunarMonthNames = lunarMonths
    lunarDayPrefix = lexicon.lunarDayPrefix.scalars
    lunarMarker = lexicon.lunarMarker.scalars
  }

  /// `text.has(word, at:)`, for the session reader.
  static func has(_ word: [Unicode.Scalar], in text: [Unicode.Scalar], at position: Int) -> Bool {
    text.has(word, at: position)
  }
}
