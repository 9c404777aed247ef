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
  }

  struct Span: Decodable, Sendable {
    let word: String
    /// [month, day]; the day is clamped to the month's length.
    let start: [Int]
    let end: [Int]
    let endYearOffset: Int?
    let precision: DatePrecision
    let notAfter: [String]?
  }

  struct FestivalDay: Decodable, Sendable {
    let month: Int?
    let day: Int?
    let springFestivalOffset: Int?
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
  let springFestival: [String: [Int]]
}

/// What a date word at a position is.
enum DateWord: Sendable {
  case relativeYear(Int)
  case span(Int)
  case festival(Int)
}

/// The date lexicon compiled into tries for the scan.
struct DateTables: Sendable {
  let lexicon: DateLexicon
  let yearMarkers: ScalarTrie
  let monthMarker: UInt32
  /// 年, the last scalar of every year marker.
  let yearMarkerScalar: UInt32
  let dayMarkers: Set<UInt32>
  let connectors: ScalarTrie
  let openers: Set<UInt32>
  let untilNow: ScalarTrie
  let untilNowBlockers: Set<UInt32>
  let numericSeparators: Set<UInt32>
  /// Relative years, spans and festivals (bare and quoted), payload = index into `words`.
  let wordTrie: ScalarTrie
  let words: [DateWord]
  let wordBlockers: [Set<UInt32>]
  let festivalSuffixes: ScalarTrie
  /// First scalars of every date word, for the scanner's flag table.
  let wordStarts: Set<UInt32>

  init(_ lexicon: DateLexicon) {
    self.lexicon = lexicon
    yearMarkers = ScalarTrie(lexicon.yearMarkers.enumerated().map { ($1, $0) })
    monthMarker = lexicon.monthMarker.scalarValues[0]
    yearMarkerScalar = lexicon.yearMarkers.map(\.scalarValues).min { $0.count < $1.count }?.first ?? 0x5E74
    dayMarkers = Set(lexicon.dayMarkers.map { $0.scalarValues[0] })
    connectors = ScalarTrie(lexicon.rangeConnectors.enumerated().map { ($1, $0) })
    openers = Set(lexicon.rangeOpeners.map { $0.scalarValues[0] })
    untilNow = ScalarTrie(lexicon.untilNowWords.enumerated().map { ($1, $0) })
    untilNowBlockers = Set(lexicon.untilNowNotBefore.map { $0.scalarValues[0] })
    numericSeparators = Set(lexicon.numericSeparators.map { $0.scalarValues[0] })
    festivalSuffixes = ScalarTrie(lexicon.festivalSuffixes.enumerated().map { ($1, $0) })
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
    var trie = ScalarTrie()
    for (index, entry) in entries.enumerated() { trie.insert(entry.0, payload: index) }
    wordTrie = trie
    words = entries.map(\.1)
    wordBlockers = entries.map { Set($0.2.map { $0.scalarValues[0] }) }
    wordStarts = Set(entries.map { $0.0.scalarValues[0] })
  }

  /// The Spring Festival of `year`, when the table has it.
  func springFestival(of year: Int) -> CivilDate? {
    guard let monthDay = lexicon.springFestival[String(year)], monthDay.count == 2 else { return nil }
    return CivilDate(year: year, month: monthDay[0], day: monthDay[1])
  }
}
