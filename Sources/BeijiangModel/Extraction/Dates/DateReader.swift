/// A date found by the reader, before it becomes a public `DateMention`.
struct DateMatch: Sendable {
  let start: Int
  let end: Int
  let startDate: CivilDate
  let endDate: CivilDate
  let precision: DatePrecision
  /// The year as written (2024年), nil when it came from the reference date or a relative word.
  let explicitYear: Int?
}

/// One end of a date: a year, a month, a day, a span inside a year or a festival.
private struct DatePoint {
  var start: CivilDate
  var end: CivilDate
  var precision: DatePrecision
  var endPosition: Int
  var year: Int
  var month: Int?
  var explicitYear: Bool
}

/// Reads dates at a position: 2024年, 2023年10月, 3月29日, 今年1月18日, 去年7月至12月, 4月9日至10日,
/// 从2022年至2024年, 上半年, 一季度, 年底, 炎夏季节, 2024年“两节”期间.
struct DateReader: Sendable {
  let tables: DateTables
  let numbers: NumberReader

  func read(_ text: [UInt32], at position: Int, lowerBound: Int, reference: CivilDate) -> DateMatch? {
    guard let first = readPoint(text, at: position, inheriting: nil, reference: reference) else {
      return readBareYearRange(text, at: position, lowerBound: lowerBound, reference: reference)
    }
    var start = position
    var end = first.endPosition
    var endDate = first.end
    if let range = readRangeEnd(text, after: first, reference: reference) {
      end = range.position
      endDate = range.date
      if start - 1 >= lowerBound, tables.openers.contains(text[start - 1]) { start -= 1 }
    }
    return DateMatch(
      start: start, end: end, startDate: first.start, endDate: endDate, precision: first.precision,
      explicitYear: first.explicitYear ? first.year : nil)
  }

  /// The second end of a range (至10日, 至12月, 到2024年, 至今), when one follows.
  private func readRangeEnd(_ text: [UInt32], after first: DatePoint, reference: CivilDate)
    -> (date: CivilDate, position: Int)?
  {
    guard let connector = tables.connectors.longestMatch(in: text, at: first.endPosition) else { return nil }
    if let now = tables.untilNow.longestMatch(in: text, at: connector.end), reference >= first.start,
      now.end >= text.count || !tables.untilNowBlockers.contains(text[now.end])
    {
      return (reference, now.end)
    }
    guard var second = readPoint(text, at: connector.end, inheriting: first, reference: reference) else {
      return nil
    }
    if second.end < first.start, !second.explicitYear {
      var nextYear = first
      nextYear.year += 1
      guard let shifted = readPoint(text, at: connector.end, inheriting: nextYear, reference: reference)
      else { return nil }
      second = shifted
    }
    guard second.end >= first.start else { return nil }
    return (second.end, second.endPosition)
  }

  /// 2022至2024年: a year without 年 that opens a range of years.
  private func readBareYearRange(_ text: [UInt32], at position: Int, lowerBound: Int, reference: CivilDate)
    -> DateMatch?
  {
    guard let (year, end) = readYearNumber(text, at: position),
      let connector = tables.connectors.longestMatch(in: text, at: end),
      let second = readPoint(text, at: connector.end, inheriting: nil, reference: reference),
      second.explicitYear, second.precision == .year, second.year >= year,
      let startDate = CivilDate(year: year, month: 1, day: 1)
    else { return nil }
    var start = position
    if start - 1 >= lowerBound, tables.openers.contains(text[start - 1]) { start -= 1 }
    return DateMatch(
      start: start, end: second.endPosition, startDate: startDate, endDate: second.end, precision: .year,
      explicitYear: year)
  }

  private func readPoint(
    _ text: [UInt32], at position: Int, inheriting inherited: DatePoint?, reference: CivilDate
  )
    -> DatePoint?
  {
    guard position < text.count else { return nil }
    if let match = tables.wordTrie.longestMatch(in: text, at: position),
      !isBlocked(match.payload, text, position)
    {
      let year = inherited?.year ?? reference.year
      switch tables.words[match.payload] {
      case .relativeYear(let index):
        let relativeYear = reference.year + tables.lexicon.relativeYears[index].offset
        return readAfterYear(
          text, year: relativeYear, yearMarkerAt: match.end - 1, after: match.end, explicit: false)
      case .span(let index):
        return spanPoint(index, year: year, end: match.end, explicit: inherited?.explicitYear ?? false)
      case .festival(let index):
        return festivalPoint(
          index, text, year: year, match: (position, match.end), yearGiven: inherited != nil,
          explicit: inherited?.explicitYear ?? false)
      }
    }
    guard let (value, end) = numbers.readPlainInteger(text, at: position), end < text.count else {
      return nil
    }
    if let numeric = readNumericDate(text, year: value, yearStart: position, yearEnd: end) { return numeric }
    if end - position == 4, tables.lexicon.yearRange.min...tables.lexicon.yearRange.max ~= value,
      let marker = tables.yearMarkers.longestMatch(in: text, at: end)
    {
      return readAfterYear(text, year: value, yearMarkerAt: end, after: marker.end, explicit: true)
    }
    if text[end] == tables.monthMarker, (1...12).contains(value) {
      let year = inherited?.year ?? reference.year
      return monthPoint(
        text, year: year, month: value, after: end + 1, explicit: inherited?.explicitYear ?? false)
    }
    if let inherited, let month = inherited.month, tables.dayMarkers.contains(text[end]),
      let date = CivilDate(year: inherited.year, month: month, day: value)
    {
      return DatePoint(
        start: date, end: date, precision: .day, endPosition: end + 1, year: inherited.year, month: month,
        explicitYear: inherited.explicitYear)
    }
    return nil
  }

  /// What may follow a year: a span sharing its 年 (年初), a span or festival, a month, or nothing.
  private func readAfterYear(
    _ text: [UInt32], year: Int, yearMarkerAt marker: Int, after: Int, explicit: Bool
  )
    -> DatePoint?
  {
    if let shared = tables.wordTrie.longestMatch(in: text, at: marker), shared.end > after,
      case .span(let index) = tables.words[shared.payload]
    {
      return spanPoint(index, year: year, end: shared.end, explicit: explicit)
    }
    if let word = tables.wordTrie.longestMatch(in: text, at: after) {
      switch tables.words[word.payload] {
      case .span(let index): return spanPoint(index, year: year, end: word.end, explicit: explicit)
      case .festival(let index):
        if let point = festivalPoint(
          index, text, year: year, match: (after, word.end), yearGiven: true, explicit: explicit)
        {
          return point
        }
      case .relativeYear: break
      }
    }
    if let (month, end) = numbers.readPlainInteger(text, at: after), end < text.count,
      text[end] == tables.monthMarker, (1...12).contains(month)
    {
      return monthPoint(text, year: year, month: month, after: end + 1, explicit: explicit)
    }
    guard let first = CivilDate(year: year, month: 1, day: 1),
      let last = CivilDate(year: year, month: 12, day: 31)
    else { return nil }
    return DatePoint(
      start: first, end: last, precision: .year, endPosition: after, year: year, month: nil,
      explicitYear: explicit)
  }

  /// A month, and its day when one follows (3月 / 3月29日).
  private func monthPoint(_ text: [UInt32], year: Int, month: Int, after: Int, explicit: Bool) -> DatePoint? {
    if let (day, end) = numbers.readPlainInteger(text, at: after), end < text.count,
      tables.dayMarkers.contains(text[end]), let date = CivilDate(year: year, month: month, day: day)
    {
      return DatePoint(
        start: date, end: date, precision: .day, endPosition: end + 1, year: year, month: month,
        explicitYear: explicit)
    }
    guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
    let last = CivilDate.clamped(year: year, month: month, day: 31)
    return DatePoint(
      start: first, end: last, precision: .month, endPosition: after, year: year, month: month,
      explicitYear: explicit)
  }

  private func spanPoint(_ index: Int, year: Int, end: Int, explicit: Bool) -> DatePoint? {
    let span = tables.lexicon.spans[index]
    guard span.start.count == 2, span.end.count == 2 else { return nil }
    let first = CivilDate.clamped(year: year, month: span.start[0], day: span.start[1])
    let last = CivilDate.clamped(year: year + (span.endYearOffset ?? 0), month: span.end[0], day: span.end[1])
    return DatePoint(
      start: first, end: last, precision: span.precision, endPosition: end, year: year, month: nil,
      explicitYear: explicit)
  }

  private func festivalPoint(
    _ index: Int, _ text: [UInt32], year: Int, match: (start: Int, end: Int), yearGiven: Bool, explicit: Bool
  ) -> DatePoint? {
    let festival = tables.lexicon.festivals[index]
    var end = match.end
    let suffix = tables.festivalSuffixes.longestMatch(in: text, at: end)
    if let suffix { end = suffix.end }
    let quoted = ScalarClass.isQuote(text[match.start])
    if festival.needsContext == true, !quoted, suffix == nil, !yearGiven { return nil }
    guard let first = festivalDay(festival.start, year: year),
      let last = festivalDay(festival.end, year: year),
      first <= last
    else { return nil }
    return DatePoint(
      start: first, end: last, precision: .day, endPosition: end, year: year, month: nil,
      explicitYear: explicit)
  }

  private func festivalDay(_ day: DateLexicon.FestivalDay, year: Int) -> CivilDate? {
    if let offset = day.springFestivalOffset {
      return tables.springFestival(of: year)?.adding(days: offset)
    }
    guard let month = day.month, let dayOfMonth = day.day else { return nil }
    return CivilDate(year: year, month: month, day: dayOfMonth)
  }

  /// 2024-01-18, 2024/1/18, 2024.1.18: Arabic year, month and day joined by one separator.
  private func readNumericDate(_ text: [UInt32], year: Int, yearStart: Int, yearEnd: Int) -> DatePoint? {
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
  private func readDigits(_ text: [UInt32], at position: Int, maxCount: Int) -> (value: Int, end: Int)? {
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

  /// A four-digit year without its 年 (the first end of 2022至2024年).
  private func readYearNumber(_ text: [UInt32], at position: Int) -> (Int, Int)? {
    guard let (value, end) = numbers.readPlainInteger(text, at: position), end - position == 4,
      tables.lexicon.yearRange.min...tables.lexicon.yearRange.max ~= value
    else { return nil }
    return (value, end)
  }

  /// A word its lexicon entry forbids after the preceding character (目前年 is not 前年).
  private func isBlocked(_ payload: Int, _ text: [UInt32], _ position: Int) -> Bool {
    position > 0 && tables.wordBlockers[payload].contains(text[position - 1])
  }
}
