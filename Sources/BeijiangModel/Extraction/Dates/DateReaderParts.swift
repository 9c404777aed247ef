/// The parts of a date that need no range logic: spans of a year, festivals, numeric dates.
extension DateReader {
  func spanPoint(_ index: Int, _ text: [Unicode.Scalar], year: Int, end: Int, explicit: Bool) -> DatePoint? {
    let span = tables.lexicon.spans[index]
    guard span.start.count == 2, span.end.count == 2 else { return nil }
    if span.standalone == true, end < text.count, ScalarClass.isHan(text[end]) { return nil }
    let first = CivilDate.clamped(year: year, month: span.start[0], day: span.start[1])
    let last = CivilDate.clamped(year: year + (span.endYearOffset ?? 0), month: span.end[0], day: span.end[1])
    return DatePoint(
      start: first, end: last, precision: span.precision, endPosition: end, year: year, month: nil,
      explicitYear: explicit)
  }

  func festivalPoint(
    _ index: Int, _ text: [Unicode.Scalar], year: Int, match: (start: Int, end: Int), yearGiven: Bool,
    explicit: Bool
  ) -> DatePoint? {
    let festival = tables.lexicon.festivals[index]
    var end = match.end
    let suffix = tables.festivalSuffixes.longestMatch(in: text, at: end)
    if let suffix { end = suffix.end }
    let quoted = ScalarClass.isQuote(text[match.start])
    if festival.needsContext == true, !quoted, suffix == nil, !yearGiven { return nil }
    guard let first = festivalDay(festival.start, year: year),
      var last = festivalDay(festival.end, year: year),
      first <= last
    else { return nil }
    if let suffix, tables.festivalOwnDaySuffixes.contains(suffix.value) { last = first }
    var point = DatePoint(
      start: first, end: last, precision: .day, endPosition: end, year: year, month: nil,
      explicitYear: explicit)
    point.festival = true
    return point
  }

  func festivalDay(_ day: DateLexicon.FestivalDay, year: Int) -> CivilDate? {
    if let offset = day.springFestivalOffset {
      return tables.springFestival(of: year)?.adding(days: offset)
    }
    if let lunar = day.lunar, lunar.count == 2 {
      return LunarCalendar.gregorian(year: year, lunarMonth: lunar[0], day: lunar[1])
    }
    guard let month = day.month, let dayOfMonth = day.day else { return nil }
    return CivilDate(year: year, month: month, day: dayOfMonth)
  }

  /// 2024-01-18, 2024/1/18, 2024.1.18: Arabic year, month and day joined by one separator.
  func readNumericDate(_ text: [Unicode.Scalar], year: Int, yearStart: Int, yearEnd: Int) -> DatePoint? {
    guard yearEnd - yearStart == 4, ScalarClass.isArabicDigit(text[yearStart]),
      tables.lexicon.yearRange.min...tables.lexicon.yearRange.max ~= year, yearEnd + 1 < text.count,
      tables.numericSeparators.contains(text[yearEnd]), ScalarClass.isArabicDigit(text[yearEnd + 1]),
      let month = readDigits(text, at: yearEnd + 1, maxCount: 2), month.end < text.count,
      text[month.end] == text[yearEnd], let day = readDigits(text, at: month.end + 1, maxCount: 2),
      let date = CivilDate(year: year, month: month.value, day: day.value)
    else { return nil }
    return DatePoint(
      start: date, end: date, precision: .day, endPosition: day.end, year: year, month: month.value,
      explicitYear: true)
  }

  /// One or two Arabic digits not followed by another digit.
  func readDigits(_ text: [Unicode.Scalar], at position: Int, maxCount: Int) -> (value: Int, end: Int)? {
    var value = 0
    var index = position
    while index < text.count, index - position < maxCount,
      let digit = ScalarClass.arabicDigitValue(text[index])
    {
      value = value * 10 + digit
      index += 1
    }
    guard index > position, index >= text.count || !ScalarClass.isArabicDigit(text[index]) else { return nil }
    return (value, index)
  }

  /// A four-digit year without its 年 (the first end of 2022至2024年); `plain` as in `readPoint`.
  func readYearNumber(_ text: [Unicode.Scalar], at position: Int, plain: (value: Int, end: Int)?? = .none)
    -> (
      Int, Int
    )?
  {
    guard let (value, end) = plain ?? numbers.readPlainInteger(text, at: position), end - position == 4,
      tables.lexicon.yearRange.min...tables.lexicon.yearRange.max ~= value
    else { return nil }
    return (value, end)
  }

  /// 1-10月, 1—7月份: months M to N sharing one 月, as statistics reports write them.
  /// `first`: the plain integer at `position` when the caller read it already.
  func monthRange(
    _ text: [Unicode.Scalar], at position: Int, year: Int, explicit: Bool,
    first known: (value: Int, end: Int)? = nil
  ) -> DatePoint? {
    guard let (first, firstEnd) = known ?? numbers.readPlainInteger(text, at: position),
      (1...11).contains(first),
      let connector = tables.connectors.longestMatch(in: text, at: firstEnd),
      let (last, lastEnd) = numbers.readPlainInteger(text, at: connector.end),
      (first + 1...12).contains(last),
      lastEnd < text.count, text[lastEnd] == tables.monthMarker
    else { return nil }
    var end = lastEnd + 1
    if end < text.count, tables.monthSuffixes.contains(text[end]) { end += 1 }
    return DatePoint(
      start: CivilDate.clamped(year: year, month: first, day: 1),
      end: CivilDate.clamped(year: year, month: last, day: 31), precision: .month, endPosition: end,
      year: year,
      month: nil, explicitYear: explicit)
  }

  /// 08年5月, 24年6月: a two-digit year, read only where it is clearly one — followed by 年 and a
  /// month (24年 alone is as often 24 years). 00–49 are in the 2000s, 50–99 in the 1900s.
  func readTwoDigitYear(_ text: [Unicode.Scalar], at position: Int, end: Int, value: Int) -> DatePoint? {
    guard end - position == 2, ScalarClass.isArabicDigit(text[position]),
      position == 0 || !ScalarClass.isArabicDigit(text[position - 1]), end < text.count,
      text[end] == tables.yearMarkerScalar,
      let (month, monthEnd) = numbers.readPlainInteger(text, at: end + 1), (1...12).contains(month),
      monthEnd < text.count, text[monthEnd] == tables.monthMarker
    else { return nil }
    let year = value < 50 ? 2000 + value : 1900 + value
    guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
    if let (day, dayEnd) = numbers.readPlainInteger(text, at: monthEnd + 1), dayEnd < text.count,
      tables.dayMarkers.contains(text[dayEnd]), let date = CivilDate(year: year, month: month, day: day)
    {
      return DatePoint(
        start: date, end: date, precision: .day, endPosition: dayEnd + 1, year: year, month: month,
        explicitYear: true)
    }
    return DatePoint(
      start: first, end: CivilDate.clamped(year: year, month: month, day: 31), precision: .month,
      endPosition: monthEnd + 1, year: year, month: month, explicitYear: true)
  }
}

/// Festivals and seasons named without a year: the occurrence nearest the reference day.
extension DateReader {
  /// 春节 said on December 21 is the coming one, 五一 said on May 14 the one just past: news
  /// reports what has happened, so the festival is the latest one begun on or before the reference
  /// day, unless the next one is nearer and at most `comingFestivalReach` days ahead (五一 said in
  /// December is the May just past, not the one five months away).
  func nearestFestival(
    _ index: Int, _ text: [Unicode.Scalar], match: (start: Int, end: Int), reference: CivilDate
  )
    -> DatePoint?
  {
    let own = festivalPoint(
      index, text, year: reference.year, match: match, yearGiven: false, explicit: false)
    guard let own, reference.year <= tables.lexicon.yearRange.max else { return own }
    let occurrences = [reference.year - 1, reference.year, reference.year + 1].compactMap { year in
      year == reference.year
        ? own : festivalPoint(index, text, year: year, match: match, yearGiven: false, explicit: false)
    }
    let past = occurrences.last { $0.start <= reference }
    let coming = occurrences.first { $0.start > reference }
    guard let coming, coming.start.days(since: reference) <= Self.comingFestivalReach else {
      return past ?? own
    }
    guard let past else { return coming }
    return distance(coming, reference) < distance(past, reference) ? coming : past
  }

  /// How far ahead a festival named without a year may lie and still be the one meant.
  static let comingFestivalReach = 92

  private func distance(_ point: DatePoint, _ reference: CivilDate) -> Int {
    if point.end < reference { return reference.days(since: point.end) }
    if point.start > reference { return point.start.days(since: reference) }
    return 0
  }

  /// 冬天 said in January is the winter under way, which began the December before.
  func currentSpanYear(_ index: Int, reference: CivilDate) -> Int {
    let span = tables.lexicon.spans[index]
    guard span.endYearOffset == 1, span.end.count == 2, reference.year <= tables.lexicon.yearRange.max,
      (reference.month, reference.day) <= (span.end[0], span.end[1])
    else { return reference.year }
    return reference.year - 1
  }
}
