/// The date vocabulary of `Data/dates.json`: year/month/day markers, relative years, spans inside a
/// year (上半年, 一季度, 年初, seasons), festivals and the Spring Festival table they hang on.
struct DateLexicon: Decodable, Sendable {
  struct YearRange: Decodable, Sendable {
    let min: Int
    let max: Int
  }

  struct RelativeYear: Decodable, Sendable {
    let word: String
    let offset: Int
    let notAfter: [String]?
    /// 去年同期: the same stretch of that year as the period the text has just named.
    let samePeriod: Bool?
    /// 当年, 次年: counted from the date the text has just named, not from the reference date.
    let anaphoric: Bool?
    /// 当年 with no date before it is the reference's own year, as 今年 is.
    let aloneIsReference: Bool?
  }

  struct Span: Decodable, Sendable {
    let word: String
    /// [month, day]; the day is clamped to the month's length.
    let start: [Int]
    let end: [Int]
    let endYearOffset: Int?
    let precision: DatePrecision
    let notAfter: [String]?
    /// Only a date when no Han character follows: 2016年中欧班列 is 2016年 + 中欧.
    let standalone: Bool?
  }

  struct FestivalDay: Decodable, Sendable {
    let month: Int?
    let day: Int?
    let springFestivalOffset: Int?
    /// [month, day] of the Chinese lunisolar calendar (中秋 is [8, 15]).
    let lunar: [Int]?
  }

  struct Festival: Decodable, Sendable {
    let word: String
    let start: FestivalDay
    let end: FestivalDay
    /// Only a date when quoted, followed by 期间 or after a year: 两节 alone may be two lessons.
    let needsContext: Bool?
  }

  let yearRange: YearRange
  let yearMarkers: [String]
  let monthMarker: String
  let dayMarkers: [String]
  let rangeConnectors: [String]
  let rangeOpeners: [String]
  let untilNowWords: [String]
  /// 至今 is not "until now" before these (至今年2月 is 至 + 今年2月).
  let untilNowNotBefore: [String]
  /// Separators of numeric dates (2024-01-18, 2024/1/18, 2024.1.18).
  let numericSeparators: [String]
  let relativeYears: [RelativeYear]
  let spans: [Span]
  let festivals: [Festival]
  let festivalQuotes: [[String]]
  let festivalSuffixes: [String]
  /// 当天, 当日 after a festival: its own first day (春节当天 is 正月初一, not the holiday week).
  let festivalOwnDaySuffixes: [String]
  let springFestival: [String: [Int]]
  let lunarMarker: String
  /// 正月, 冬月, 腊月: lunar months named rather than numbered.
  let lunarMonthNames: [String: Int]
  /// 初 before a lunar day (初八).
  let lunarDayPrefix: String
  /// 16日 alone is not a day of the reference month after these (第16日, 每5日, 近3日).
  let dayAloneNotAfter: [String]
  /// 3年后 counts from the article only after these (or at a clause start): 将在3年后.
  let laterAnchors: [String]
  /// 份 after 月 (1—7月份) belongs to the date.
  let monthSuffixes: [String]
  /// A month or day without a year lying more than this many days after the reference date, and
  /// not a target, is of the year before (5月14日 in a January report on last year).
  let laterYearGraceDays: Int
  let relativeDays: [Offset]
  let relativeMonths: [Offset]
  let relativeWeeks: [Offset]
  let weekdayPrefixes: [String]
  /// 一 … 日: Monday to Sunday; `weekdaySunday` holds the other names of Sunday (星期天).
  let weekdayNames: [String]
  let weekdaySunday: [String]
  let weekdayNotAfter: [String]
  let vagueWords: [String]
  let vagueNotAfter: [String]
  let monthParts: [MonthPart]
  let countUnits: [CountedUnit]
  let agoWords: [AgoWord]
  /// 来 / 以来 after a counted span: 20年来 is the twenty years up to the reference date.
  let sinceWords: [String]
  /// 来 is no "since" before these (3年来自, 十年来看).
  let sinceNotBefore: [String]
  let spanPrefixes: [SpanPrefix]
  let spanPrefixNotAfter: [String]
  let centuries: [Century]
  let decadeMarker: String
  /// 80年代 without a century is 1980–1989 from this decade up; lower ones (20年代) are not read.
  let bareDecadeMin: Int
  /// 80年代末, 90年代初, 70年代中期: the years of the decade the part covers (末 is its 7th to 9th).
  let decadeParts: [DecadePart]

  struct DecadePart: Decodable, Sendable {
    let word: String
    let first: Int
    let last: Int
  }
  let plans: [Plan]
  let planSuffixes: [String]
  let openSuffixes: [OpenSuffix]
  /// 前 is not "before" when one of these follows (2018年前后 is "around 2018").
  let openSuffixNotBefore: [String]
  let untilPrefixes: [String]
  let targetCues: [String]
  /// 提高到, 增长到: right before a year followed by 的 (提高到2023年的20.1%), the end of a change,
  /// naming the year of the new figure; their 到 is no target cue.
  let changeToWords: [String]
  /// How many characters before a date a target cue may stand (计划于2025年).
  let targetCueReach: Int
  /// 将 within `targetFollowerReach` characters after a date: 2027年将达到.
  let targetFollowers: [String]
  let targetFollowerReach: Int
}

/// What a date word at a position is.
enum DateWord: Sendable {
  case relativeYear(Int)
  case span(Int)
  case festival(Int)
  case relativeDay(Int)
  case relativeMonth(Int)
  case relativeWeek(Int)
  case weekday(Int)
  case vague
  case spanPrefix(Int)
  case century(Int)
  case plan(Int)
  case lunar
}

/// The date lexicon compiled into tries for the scan.
struct DateTables: Sendable {
  let lexicon: DateLexicon
  let yearMarkers: WordTrie<Int>
  let monthMarker: Unicode.Scalar
  /// 年, the last scalar of every year marker.
  let yearMarkerScalar: Unicode.Scalar
  let dayMarkers: Set<Unicode.Scalar>
  /// 日, the marker of a day written alone (16日); 号 alone is too often a number (1号线).
  let dayMarkerScalar: Unicode.Scalar
  let monthSuffixes: Set<Unicode.Scalar>
  let connectors: WordTrie<Int>
  let openers: Set<Unicode.Scalar>
  let untilNow: WordTrie<Int>
  let untilNowBlockers: Set<Unicode.Scalar>
  let numericSeparators: Set<Unicode.Scalar>
  /// Relative years, spans and festivals (bare and quoted), value = index into `words`.
  let wordTrie: WordTrie<Int>
  let words: [DateWord]
  let wordBlockers: [Set<Unicode.Scalar>]
  let festivalSuffixes: WordTrie<Int>
  /// The indexes in `lexicon.festivalSuffixes` of the suffixes naming the festival's own day.
  let festivalOwnDaySuffixes: Set<Int>
  let relative: RelativeDateTables
  /// First scalars of every date word, for the scanner's flag table.
  let wordStarts: Set<Unicode.Scalar>
  /// The Spring Festival of each year of `yearRange`, from `yearRange.min`: festivals are read at
  /// every mention, and a lookup by `String(year)` cost a string and a hash each time.
  private let springFestivals: [CivilDate?]

  init(_ lexicon: DateLexicon) {
    self.lexicon = lexicon
    yearMarkers = WordTrie<Int>(lexicon.yearMarkers.enumerated().map { ($1, $0) })
    monthMarker = lexicon.monthMarker.scalars[0]
    yearMarkerScalar = lexicon.yearMarkers.map(\.scalars).min { $0.count < $1.count }?.first ?? "年"
    dayMarkers = Set(lexicon.dayMarkers.map { $0.scalars[0] })
    dayMarkerScalar = lexicon.dayMarkers.first?.scalars.first ?? "日"
    monthSuffixes = Set(lexicon.monthSuffixes.map { $0.scalars[0] })
    connectors = WordTrie<Int>(lexicon.rangeConnectors.enumerated().map { ($1, $0) })
    openers = Set(lexicon.rangeOpeners.map { $0.scalars[0] })
    untilNow = WordTrie<Int>(lexicon.untilNowWords.enumerated().map { ($1, $0) })
    untilNowBlockers = Set(lexicon.untilNowNotBefore.map { $0.scalars[0] })
    numericSeparators = Set(lexicon.numericSeparators.map { $0.scalars[0] })
    festivalSuffixes = WordTrie<Int>(lexicon.festivalSuffixes.enumerated().map { ($1, $0) })
    festivalOwnDaySuffixes = Set(
      lexicon.festivalOwnDaySuffixes.compactMap { lexicon.festivalSuffixes.firstIndex(of: $0) })
    relative = RelativeDateTables(lexicon)
    let entries = Self.wordEntries(lexicon)
    var trie = WordTrie<Int>()
    for (index, entry) in entries.enumerated() { trie.insert(entry.0, value: index) }
    wordTrie = trie
    words = entries.map(\.1)
    wordBlockers = entries.map { Set($0.2.map { $0.scalars[0] }) }
    wordStarts = Set(entries.map { $0.0.scalars[0] })
    springFestivals = (lexicon.yearRange.min...lexicon.yearRange.max).map { Self.springFestival(lexicon, $0) }
  }

  func springFestival(of year: Int) -> CivilDate? {
    let place = year - lexicon.yearRange.min
    guard springFestivals.indices.contains(place) else { return Self.springFestival(lexicon, year) }
    return springFestivals[place]
  }

  /// The Spring Festival of `year`: from the lexicon's table, else the first day of the first lunar
  /// month (`LunarCalendar`), so 1996年春节 and 2011年春节 are read too.
  private static func springFestival(_ lexicon: DateLexicon, _ year: Int) -> CivilDate? {
    guard let monthDay = lexicon.springFestival[String(year)], monthDay.count == 2 else {
      return LunarCalendar.gregorian(year: year, lunarMonth: 1, day: 1)
    }
    return CivilDate(year: year, month: monthDay[0], day: monthDay[1])
  }
}
