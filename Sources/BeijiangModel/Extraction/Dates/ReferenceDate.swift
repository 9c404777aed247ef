/// Finds the date an article speaks from, so 今年 and dates without a year can be resolved.
///
/// Evidence, strongest first (`find`):
/// 1. a `date:` line in a Markdown front matter block (`FrontMatter`), the author's own record;
/// 2. a publication line or dateline near the top or bottom (`DatelineReader`);
/// 3. an agency dateline without a year (新华社呼和浩特6月16日电) on the year the text implies;
/// 4. the year the text implies (`infer`), on its latest day-precise date in that year.
/// With none of these the reference date is unknown: no fallback year of any kind.
///
/// The implied year: an anniversary of a known founding (新中国成立75周年 is 2024) fixes it, since a
/// history piece speaks from its anniversary, not from its latest event; otherwise the most
/// frequent year the article writes out, leaving out targets (到2027年, 2027年将达到, 计划…前) and
/// periods (十四五, 80年代), a tie going to the later year; with no such year, a session of the
/// national congresses (十二届全国人大四次会议 is 2016, `SessionReader`). The reference day is the latest
/// day-precise date in that year (dates without a year count as in it), since an article is written
/// on or after what it reports; with none, the last day of the year.
public enum ReferenceDate {
  public static func infer(from text: String) -> CivilDate? {
    infer(fromParts: [text.scalars]).date
  }

  /// Every kind of evidence over an article's parts (headings and paragraphs, in order) and its
  /// source text (for front matter).
  static func find(parts: [[Unicode.Scalar]], source: [Unicode.Scalar]) -> ReferenceFinding {
    // Front matter first: its own `date:` line would otherwise pass for a short dateline.
    if let date = FrontMatter.date(in: source) { return ReferenceFinding(date: date, source: .frontMatter) }
    let datelines = DatelineReader()
    let lines = datelines.candidates(source)
    if let date = datelines.publicationDate(lines) { return ReferenceFinding(date: date, source: .dateline) }
    let inferred = inference(parts)
    if let year = inferred.finding.date?.year, let monthDay = datelines.agencyMonthDay(lines),
      var date = CivilDate(year: year, month: monthDay.month, day: monthDay.day)
    {
      // A January dateline over a report of last year (1月10日电 … 2016年9月, or only whole-year
      // figures of 2022): the article is written after what it reports, so it is the next year.
      let lastYear = inferred.event.map { date < $0 } ?? (monthDay.month == 1 && inferred.byVotes)
      if lastYear, let next = CivilDate(year: year + 1, month: monthDay.month, day: monthDay.day) {
        date = next
      }
      return ReferenceFinding(date: date, source: .dateline, evidence: inferred.finding.evidence)
    }
    return inferred.finding
  }

  /// The implied year and day, each part scanned on its own: a date never spans two parts.
  static func infer(fromParts parts: [[Unicode.Scalar]]) -> ReferenceFinding { inference(parts).finding }

  /// The finding, the latest date finer than the year written in its year (`latestDays`), and
  /// whether the year came from the votes rather than an anniversary.
  private static func inference(_ parts: [[Unicode.Scalar]]) -> (
    finding: ReferenceFinding, event: CivilDate?, byVotes: Bool
  ) {
    let votes = ReferenceVotes(
      parts: parts,
      scanner: MetricsScanner(reference: CivilDate(year: ReportSeason.scanningYear, month: 1, day: 1))
    )
    .settled
    let anniversary = AnniversaryReader().year(in: parts)
    let chosen =
      anniversary.map { ($0, 1) } ?? ReferenceVotes.winner(votes)
      ?? SessionReader().year(in: parts).map { ($0, 1) }
    guard let (year, evidence) = chosen, let endOfYear = CivilDate(year: year, month: 12, day: 31) else {
      return (.unknown, nil, false)
    }
    let days = latestDays(parts, in: year)
    let finding = ReferenceFinding(date: days.day ?? endOfYear, source: .inferred, evidence: evidence)
    return (finding, days.event, anniversary == nil)
  }

  /// The latest day-precise date written in `year` (dates without a year count as in it), and the
  /// latest end of any written date of that year finer than the year (2016年9月 ends 09-30).
  static func latestDays(_ parts: [[Unicode.Scalar]], in year: Int) -> (day: CivilDate?, event: CivilDate?) {
    guard let endOfYear = CivilDate(year: year, month: 12, day: 31) else { return (nil, nil) }
    let scanner = MetricsScanner(reference: endOfYear)
    var day: CivilDate?
    var event: CivilDate?
    for part in parts {
      for date in scanner.scanDates(part)
      where date.endDate.year == year && date.startDate.year == year && !date.fromReferenceDay
        && !date.endsAtReference && !date.targetCue
      {
        if date.precision == .day, !date.dayOnly { day = max(day ?? date.endDate, date.endDate) }
        if date.explicitYear == year, [.day, .tenDays, .month].contains(date.precision) {
          event = max(event ?? date.endDate, date.endDate)
        }
      }
    }
    return (day, event)
  }
}

/// 新中国成立75周年, 自治区成立70周年: the year an anniversary falls in.
struct AnniversaryReader {
  let lexicon = DatelineLexicon.shared
  private let numbers = MetricsLexicon.shared.numbers

  /// The words, their first scalars and the markers, made once: the reader looks at every scalar
  /// of an article, and a `Set` there cost a hash per scalar.
  private static let words = DatelineLexicon.shared.anniversaries.map { ($0.word.scalars, $0.year) }
  private static let starts = WordStarts(words.compactMap(\.0.first))
  private static let markers = DatelineLexicon.shared.anniversaryMarkers.map(\.scalars)

  /// The latest anniversary year named in the parts, if any.
  func year(in parts: [[Unicode.Scalar]]) -> Int? {
    let (words, starts, markers) = (Self.words, Self.starts, Self.markers)
    var found: Int?
    for part in parts {
      for index in part.indices where starts.contains(part[index]) {
        for (word, base) in words where part.has(word, at: index) {
          guard let count = count(part, from: index + word.count, markers: markers), count > 0 else {
            continue
          }
          found = max(found ?? 0, base + count)
        }
      }
    }
    return found
  }

  /// The number within `anniversaryGap` characters, followed by 周年 or 年.
  private func count(_ part: [Unicode.Scalar], from position: Int, markers: [[Unicode.Scalar]]) -> Int? {
    for start in position..<min(position + lexicon.anniversaryGap + 1, part.count) {
      guard let (value, end) = numbers.readPlainInteger(part, at: start) else { continue }
      return markers.contains { part.has($0, at: end) } ? value : nil
    }
    return nil
  }
}

/// The first scalars of a few words, as one bit per scalar of the Basic Multilingual Plane (8 KB):
/// testing every scalar of an article against a short array cost a comparison per entry.
struct WordStarts {
  private var bits = [UInt64](repeating: 0, count: 0x10000 / 64)
  /// Starts past the plane, tested one by one (none in the lexicons so far).
  private var beyond: [Unicode.Scalar] = []

  init(_ starts: [Unicode.Scalar]) {
    for start in starts {
      if start.value < 0x10000 {
        bits[Int(start.value >> 6)] |= 1 << UInt64(start.value & 63)
      } else {
        beyond.append(start)
      }
    }
  }

  @inline(__always) func contains(_ scalar: Unicode.Scalar) -> Bool {
    guard scalar.value < 0x10000 else { return beyond.contains(scalar) }
    return bits[Int(scalar.value >> 6)] & (1 << UInt64(scalar.value & 63)) != 0
  }
}
