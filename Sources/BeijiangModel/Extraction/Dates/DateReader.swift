/// Reads dates at a position: 2024年, 2023年10月, 3月29日, 今年1月18日, 去年7月至12月, 4月9日至10日,
/// 从2022年至2024年, 上半年, 一季度, 年底, 炎夏季节, 2024年“两节”期间, and (in the extensions) relative
/// words, periods and the open ends and target cues around a date.
/// A class, so a scan tries it at each candidate scalar by one reference: as a struct its tables were
/// copied onto the stack for each call.
final class DateReader: Sendable {
  let tables: DateTables
  let numbers: NumberReader

  init(tables: DateTables, numbers: NumberReader) {
    self.tables = tables
    self.numbers = numbers
  }

  func read(_ text: [Unicode.Scalar], at position: Int, lowerBound: Int, reference: CivilDate) -> DateMatch? {
    guard var match = readCore(text, at: position, lowerBound: lowerBound, reference: reference) else {
      return nil
    }
    frame(&match, text, lowerBound: lowerBound, reference: reference)
    return match
  }

  private func readCore(_ text: [Unicode.Scalar], at position: Int, lowerBound: Int, reference: CivilDate)
    -> DateMatch?
  {
    if let word = readWordDate(text, at: position, reference: reference) { return word }
    // One reading of the number for every reader that starts with one at `position` (a scan is
    // mostly numbers, and each reader read it again).
    let reading = numbers.read(text, at: position)
    let plain = reading.flatMap { number in number.plainInteger.map { (value: $0, end: number.end) } }
    if let count = NumberReader.count(reading, at: position) {
      if let counted = readCountedDate(
        text, at: position, number: count, lowerBound: lowerBound, reference: reference)
        ?? readSinceSpan(text, at: position, number: count, reference: reference)
      {
        return counted
      }
    }
    if let number = plain, let decade = readDecade(text, at: position, number: number, century: nil) {
      return decade
    }
    guard let first = readPoint(text, at: position, inheriting: nil, reference: reference, plain: plain)
    else {
      return readBareYearRange(text, at: position, lowerBound: lowerBound, reference: reference, plain: plain)
        ?? readDayAlone(text, at: position, lowerBound: lowerBound, reference: reference)
    }
    var start = position
    var end = first.endPosition
    var endDate = first.end
    var untilNow = false
    if let range = readRangeEnd(text, after: first, reference: reference) {
      (end, endDate, untilNow) = (range.position, range.date, range.untilNow)
      if start - 1 >= lowerBound, tables.openers.contains(text[start - 1]) { start -= 1 }
    }
    var match = DateMatch(
      start: start, end: end, startDate: first.start, endDate: endDate, precision: first.precision,
      explicitYear: first.explicitYear ? first.year : nil, relative: first.relative, endsAtReference: untilNow
    )
    match.festival = first.festival
    match.samePeriod = first.samePeriod
    match.anaphoric = first.anaphoric
    return match
  }

  /// `plain`: the plain integer at `position` when the caller read it already (nil: none there).
  func readPoint(
    _ text: [Unicode.Scalar], at position: Int, inheriting inherited: DatePoint?, reference: CivilDate,
    plain: (value: Int, end: Int)?? = .none
  ) -> DatePoint? {
    guard position < text.count else { return nil }
    if let match = tables.wordTrie.longestMatch(in: text, at: position),
      !isBlocked(match.value, text, position)
    {
      let year = inherited?.year ?? reference.year
      let explicit = inherited?.explicitYear ?? false
      switch tables.words[match.value] {
      case .relativeYear(let index):
        let entry = tables.lexicon.relativeYears[index]
        if entry.anaphoric == true, let inherited {
          return rangeEndAfterYear(text, from: inherited, offset: entry.offset, marker: match.end - 1)
        }
        var point = readAfterYear(
          text, year: reference.year + entry.offset, yearMarkerAt: match.end - 1, after: match.end,
          explicit: false)
        point?.relative = true
        point?.samePeriod = entry.samePeriod ?? false
        if entry.anaphoric == true {
          point?.anaphoric = DateAnaphora.Step(
            unit: .year, offset: entry.offset, aloneIsReference: entry.aloneIsReference ?? false)
        }
        return point
      case .span(let index):
        let spanYear = inherited == nil ? currentSpanYear(index, reference: reference) : year
        return spanPoint(index, text, year: spanYear, end: match.end, explicit: explicit)
      case .festival(let index):
        guard inherited == nil else {
          return festivalPoint(
            index, text, year: year, match: (position, match.end), yearGiven: true, explicit: explicit)
        }
        return nearestFestival(index, text, match: (position, match.end), reference: reference)
      case .lunar:
        return lunarPoint(text, after: match.end, year: year, explicit: explicit)
      case .spanPrefix(let index) where tables.lexicon.spanPrefixes[index].direction == .yearStart:
        guard var point = firstMonths(text, after: match.end, year: year, explicit: explicit) else {
          return nil
        }
        // 前3个月 said in February cannot be this year's figures yet: a period is reported once over.
        if inherited == nil, reference.month <= point.end.month {
          point = firstMonths(text, after: match.end, year: year - 1, explicit: false) ?? point
        }
        point.relative = inherited == nil
        return point
      default: return nil
      }
    }
    return readNumberPoint(text, at: position, inheriting: inherited, reference: reference, plain: plain)
  }

  /// A point starting with a number: 2024-01-18, 2024年…, 3月…, or (inside a range) 20日.
  private func readNumberPoint(
    _ text: [Unicode.Scalar], at position: Int, inheriting inherited: DatePoint?, reference: CivilDate,
    plain: (value: Int, end: Int)??
  ) -> DatePoint? {
    // 2010.01.29 reads as the decimal 2010.01 to the number reader: try the digits alone first.
    if let digits = readDigits(text, at: position, maxCount: 4),
      let numeric = readNumericDate(text, year: digits.value, yearStart: position, yearEnd: digits.end)
    {
      return numeric
    }
    guard let (value, end) = plain ?? numbers.readPlainInteger(text, at: position), end < text.count else {
      return nil
    }
    let markerAt = ScalarClass.pastSpaces(text, from: end)
    if end - position == 4, tables.lexicon.yearRange.min...tables.lexicon.yearRange.max ~= value,
      let marker = tables.yearMarkers.longestMatch(in: text, at: markerAt),
      !text.has(tables.relative.decadeMarker, at: markerAt)
    {
      return readAfterYear(
        text, year: value, yearMarkerAt: markerAt, after: ScalarClass.pastSpaces(text, from: marker.end),
        explicit: true)
    }
    if let short = readTwoDigitYear(text, at: position, end: end, value: value) { return short }
    if inherited == nil,
      let range = monthRange(text, at: position, year: reference.year, explicit: false, first: (value, end))
    {
      return range
    }
    if markerAt < text.count, text[markerAt] == tables.monthMarker, (1...12).contains(value) {
      return monthPoint(
        text, year: inherited?.year ?? reference.year, month: value, after: markerAt + 1,
        explicit: inherited?.explicitYear ?? false)
    }
    if let inherited, let month = inherited.month, markerAt < text.count,
      tables.dayMarkers.contains(text[markerAt]),
      let date = CivilDate(year: inherited.year, month: month, day: value)
    {
      return DatePoint(
        start: date, end: date, precision: .day, endPosition: markerAt + 1, year: inherited.year,
        month: month,
        explicitYear: inherited.explicitYear)
    }
    return nil
  }

  /// What may follow a year: a span sharing its 年 (年初), a span or festival, a month, or nothing.
  func readAfterYear(
    _ text: [Unicode.Scalar], year: Int, yearMarkerAt marker: Int, after: Int, explicit: Bool
  )
    -> DatePoint?
  {
    let following = tables.wordTrie.longestMatch(in: text, at: after)
    // 年中 shares the 年 of 2024年, but 2024年中秋节 is the festival: the longer word wins.
    if let shared = tables.wordTrie.longestMatch(in: text, at: marker), shared.end > after,
      shared.end >= following?.end ?? 0, case .span(let index) = tables.words[shared.value],
      let point = spanPoint(index, text, year: year, end: shared.end, explicit: explicit)
    {
      return point
    }
    if let word = following {
      switch tables.words[word.value] {
      case .span(let index): return spanPoint(index, text, year: year, end: word.end, explicit: explicit)
      case .festival(let index):
        if let point = festivalPoint(
          index, text, year: year, match: (after, word.end), yearGiven: true, explicit: explicit)
        {
          return point
        }
      case .lunar:
        if let point = lunarPoint(text, after: word.end, year: year, explicit: explicit) { return point }
      case .spanPrefix(let index) where tables.lexicon.spanPrefixes[index].direction == .yearStart:
        if let point = firstMonths(text, after: word.end, year: year, explicit: explicit) { return point }
      default: break
      }
    }
    if let range = monthRange(text, at: after, year: year, explicit: explicit) { return range }
    if let (month, end) = numbers.readPlainInteger(text, at: after),
      ScalarClass.pastSpaces(text, from: end) < text.count,
      text[ScalarClass.pastSpaces(text, from: end)] == tables.monthMarker, (1...12).contains(month)
    {
      return monthPoint(
        text, year: year, month: month, after: ScalarClass.pastSpaces(text, from: end) + 1, explicit: explicit
      )
    }
    guard let first = CivilDate(year: year, month: 1, day: 1),
      let last = CivilDate(year: year, month: 12, day: 31)
    else { return nil }
    return DatePoint(
      start: first, end: last, precision: .year, endPosition: after, year: year, month: nil,
      explicitYear: explicit)
  }

  /// A month, and its day (3月29日) or its part (3月上旬, 8月底) when one follows.
  private func monthPoint(_ text: [Unicode.Scalar], year: Int, month: Int, after: Int, explicit: Bool)
    -> DatePoint?
  {
    let dayAt = ScalarClass.pastSpaces(text, from: after)
    if let (day, end) = numbers.readPlainInteger(text, at: dayAt),
      ScalarClass.pastSpaces(text, from: end) < text.count,
      tables.dayMarkers.contains(text[ScalarClass.pastSpaces(text, from: end)]),
      let date = CivilDate(year: year, month: month, day: day)
    {
      return DatePoint(
        start: date, end: date, precision: .day, endPosition: ScalarClass.pastSpaces(text, from: end) + 1,
        year: year,
        month: month, explicitYear: explicit)
    }
    if let day = writtenOutDay(text, at: dayAt),
      let date = CivilDate(year: year, month: month, day: day.value)
    {
      return DatePoint(
        start: date, end: date, precision: .day, endPosition: day.end, year: year, month: month,
        explicitYear: explicit)
    }
    guard let first = CivilDate(year: year, month: month, day: 1) else { return nil }
    if let part = tables.relative.monthParts.longestMatch(in: text, at: after) {
      let entry = tables.lexicon.monthParts[part.value]
      return DatePoint(
        start: CivilDate.clamped(year: year, month: month, day: entry.start),
        end: CivilDate.clamped(year: year, month: month, day: entry.end), precision: .tenDays,
        endPosition: part.end, year: year, month: month, explicitYear: explicit)
    }
    let last = CivilDate.clamped(year: year, month: month, day: 31)
    let end = after < text.count && tables.monthSuffixes.contains(text[after]) ? after + 1 : after
    return DatePoint(
      start: first, end: last, precision: .month, endPosition: end, year: year, month: month,
      explicitYear: explicit)
  }

  /// 八月十五 without 日: a day in Chinese numerals that ends the phrase (八月十五家企业 is 八月 and a
  /// count of companies, so a Han character or a digit after it rules it out).
  private func writtenOutDay(_ text: [Unicode.Scalar], at position: Int) -> (value: Int, end: Int)? {
    guard position < text.count, !ScalarClass.isArabicDigit(text[position]),
      let (day, end) = numbers.readPlainInteger(text, at: position), (1...31).contains(day),
      end >= text.count || !(ScalarClass.isHan(text[end]) || ScalarClass.isArabicDigit(text[end]))
    else { return nil }
    return (day, end)
  }

  /// A word its lexicon entry forbids after the preceding character (目前年底 is not 前年).
  func isBlocked(_ wordIndex: Int, _ text: [Unicode.Scalar], _ position: Int) -> Bool {
    position > 0 && tables.wordBlockers[wordIndex].contains(text[position - 1])
  }
}
