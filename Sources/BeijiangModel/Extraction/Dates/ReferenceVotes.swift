/// The years an article's dates vote for, read in one scan of its parts.
///
/// A vote is a date whose year is written out, that is no target (到2027年), no period (十四五,
/// 80年代), no span of years (2020年至2022年, 2025—2035年), no aside in brackets ((2019年2100.9万吨)),
/// no comparison base (比2000年, 与2019年相比) and no starting point (自2013年…以来, 2018年起);
/// 2026年以来 votes, as it says "this year so far". Year-to-date figures (前5个月, 上半年) weigh
/// `yearToDateWeight`.
///
/// Three readings change a vote after the scan:
/// - a starting point of 以来 or 至今 says the article speaks after it, so no year before the
///   latest such start can be the present (a profile of 1993 and 1996 "自2019年底…以来" is not 1996);
/// - a festival early in the year (2023年元旦、春节) in a winter report (`ReportSeason`) is the
///   coming season: the report speaks from the year before;
/// - a review of last year written early in the next (`ReportSeason.isNewYearReview`) speaks from
///   the year after the one its votes name.
struct ReferenceVotes {
  private(set) var counts: [Int: Int] = [:]
  /// Festival votes in January or February, kept apart until the whole text is read.
  private var earlyFestivals: [Int: Int] = [:]
  /// The latest year an article says it speaks since (自2019年…以来, 2016年至今).
  private(set) var since: Int?
  private var season = ReportSeason()

  static let yearToDateWeight = 3

  private let tables = MetricsLexicon.shared.dates
  private let comparisonBefore = DatelineLexicon.shared.comparisonBefore.map(\.scalars)
  private let comparisonAfter = DatelineLexicon.shared.comparisonAfter.map(\.scalars)
  private let changeFrom = DatelineLexicon.shared.changeFrom.map(\.scalars)

  init(parts: [[Unicode.Scalar]], scanner: MetricsScanner) {
    for part in parts {
      for date in scanner.scanDates(part) { add(date, part) }
    }
  }

  /// The votes as the article's reading settles them: festivals moved, years before `since` out.
  var settled: [Int: Int] {
    var result = counts
    for (year, count) in earlyFestivals { result[season.isWinter ? year - 1 : year, default: 0] += count }
    if let since { result = result.filter { $0.key >= since } }
    if let winner = Self.winner(result), season.isNewYearReview(of: winner.year) {
      result = Dictionary(uniqueKeysWithValues: result.map { ($0.key + 1, $0.value) })
    }
    return result
  }

  private mutating func add(_ date: DateMatch, _ part: [Unicode.Scalar]) {
    season.observe(date)
    let opened = date.start > 0 && tables.openers.contains(part[date.start - 1])
    if isStartingPoint(date, part, opened: opened) {
      since = max(since ?? date.startDate.year, date.startDate.year)
      // 2026年以来 says "this year so far" as 今年以来 does; 自2013年…以来 recounts a start.
      guard !opened, untilReference(part, at: date.end) else { return }
    } else if date.endsAtReference || date.open == .end || opened {
      return
    }
    guard date.role != .target, !date.period, let year = date.explicitYear, date.startDate.year == year,
      date.endDate.year == year
    else { return }
    let aside = date.start > 0 && (part[date.start - 1] == "(" || part[date.start - 1] == "（")
    guard !aside, !isComparisonBase(date, part) else { return }
    if date.festival, date.startDate.month <= 2 {
      earlyFestivals[year, default: 0] += 1
      return
    }
    counts[year, default: 0] += Self.isYearToDate(date) ? Self.yearToDateWeight : 1
  }

  /// 比2000年, 较2019年, 与2019年相比, 较扩能改造前的2020年, 由2012年的: the year a change is measured from.
  private func isComparisonBase(_ date: DateMatch, _ part: [Unicode.Scalar]) -> Bool {
    if comparisonAfter.contains(where: { part.has($0, at: date.end) }) { return true }
    if date.end < part.count, part[date.end] == Self.possessive,
      changeFrom.contains(where: { part.has($0, endingAt: date.start, lowerBound: 0) })
    {
      return true
    }
    guard date.start > 0, part[date.start - 1] == Self.possessive else {
      return comparisonBefore.contains {
        part.has($0, endingAt: date.start, lowerBound: 0)
      }
    }
    // 较…的2020年: the comparison word opens the phrase a little before, in the same clause.
    for index in stride(from: date.start - 2, through: max(0, date.start - Self.comparisonReach), by: -1) {
      if DateClause.ends(part[index]) { return false }
      if comparisonBefore.contains(where: { part.has($0, at: index) }) { return true }
    }
    return false
  }

  /// 的, and how far before it a comparison word may open 较…的2020年.
  private static let possessive: Unicode.Scalar = "的"
  private static let comparisonReach = 10

  /// 2019年以来, 2016年至今, or 自2013年 closed by 以来 in the same clause.
  private func isStartingPoint(_ date: DateMatch, _ part: [Unicode.Scalar], opened: Bool) -> Bool {
    guard date.explicitYear != nil || date.period else { return false }
    if date.endsAtReference || untilReference(part, at: date.end) { return true }
    guard opened else { return false }
    for index in date.end..<min(part.count, date.end + DateClause.sinceReach) {
      if DateClause.ends(part[index]) { return false }
      if untilReference(part, at: index) { return true }
    }
    return false
  }

  private func untilReference(_ part: [Unicode.Scalar], at index: Int) -> Bool {
    guard let suffix = tables.relative.openSuffixes.longestMatch(in: part, at: index) else { return false }
    return tables.lexicon.openSuffixes[suffix.value].kind == .untilReference
  }

  /// The year with the most votes, a tie going to the later year, and its count.
  static func winner(_ votes: [Int: Int]) -> (year: Int, count: Int)? {
    votes.max { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
  }

  /// Year-to-date figures (2025年前5个月, 今年上半年, 一季度) are news of the year they count in.
  static func isYearToDate(_ date: DateMatch) -> Bool {
    [.month, .quarter, .halfYear].contains(date.precision) && date.startDate.month == 1
      && date.startDate.day == 1 && date.endDate.month < 12 && date.endDate.month > date.startDate.month
  }
}
