/// Dates named from the reference date: 昨天, 上月, 下周一, 周三, 3天前, 近5年, 前5个月, 16日 alone,
/// and the vague words (近日, 目前) that name a time without fixing it.
extension DateReader {
  /// A date that starts with a word of the lexicon other than a year word, a span or a festival
  /// (those are points that may open a range, read by `readPoint`).
  func readWordDate(_ text: [Unicode.Scalar], at position: Int, reference: CivilDate) -> DateMatch? {
    guard let match = tables.wordTrie.longestMatch(in: text, at: position),
      !isBlocked(match.value, text, position)
    else { return nil }
    let lexicon = tables.lexicon
    switch tables.words[match.value] {
    case .relativeDay(let index):
      let entry = lexicon.relativeDays[index]
      let day = reference.adding(days: entry.offset)
      var date = relativeMatch(position, match.end, day, day, .day)
      if entry.anaphoric == true {
        date.anaphoric = DateAnaphora.Step(
          unit: .day, offset: entry.offset, aloneIsReference: entry.aloneIsReference ?? false)
      }
      return date
    case .relativeMonth(let index):
      let entry = lexicon.relativeMonths[index]
      var date = relativeMonth(text, position, match.end, reference.adding(months: entry.offset))
      if entry.anaphoric == true {
        date.anaphoric = DateAnaphora.Step(
          unit: .month, offset: entry.offset, aloneIsReference: entry.aloneIsReference ?? false)
      }
      return date
    case .relativeWeek(let index):
      let monday = reference.adding(days: 1 - reference.weekday + 7 * lexicon.relativeWeeks[index].offset)
      if match.end < text.count, let weekday = tables.relative.weekdayNames[text[match.end]] {
        let day = monday.adding(days: weekday - 1)
        return relativeMatch(position, match.end + 1, day, day, .day)
      }
      return relativeMatch(position, match.end, monday, monday.adding(days: 6), .week)
    case .weekday(let weekday):
      let day = reference.adding(days: weekday - reference.weekday)
      return relativeMatch(position, match.end, day, day, .day)
    case .vague:
      return relativeMatch(position, match.end, reference, reference, .vague)
    case .spanPrefix(let index) where lexicon.spanPrefixes[index].direction != .yearStart:
      return countedSpan(text, position, after: match.end, lexicon.spanPrefixes[index].direction, reference)
    case .century(let index):
      var decade = readDecade(text, at: match.end, number: nil, century: lexicon.centuries[index].start)
      decade?.start = position
      return decade
    case .plan(let index):
      return readPlan(index, text, position, match.end)
    default: return nil
    }
  }

  func relativeMatch(
    _ start: Int, _ end: Int, _ first: CivilDate, _ last: CivilDate, _ precision: DatePrecision
  )
    -> DateMatch
  {
    DateMatch(
      start: start, end: end, startDate: first, endDate: last, precision: precision, explicitYear: nil,
      relative: true, fromReferenceDay: true)
  }

  /// 上月, or 上月20日 with its day, or 本月下旬 / 上月底 with its part; a word that ends with a part
  /// (月初, 月底: the reference month's, as 月初以来 says) has it already.
  private func relativeMonth(_ text: [Unicode.Scalar], _ start: Int, _ end: Int, _ month: CivilDate)
    -> DateMatch
  {
    let ownPart = tables.relative.monthParts.longestMatch(in: text, at: end - 1).flatMap {
      $0.end == end ? $0 : nil
    }
    if let part = ownPart ?? tables.relative.monthParts.longestMatch(in: text, at: end) {
      let entry = tables.lexicon.monthParts[part.value]
      return relativeMatch(
        start, part.end, CivilDate.clamped(year: month.year, month: month.month, day: entry.start),
        CivilDate.clamped(year: month.year, month: month.month, day: entry.end), .tenDays)
    }
    if let (day, dayEnd) = numbers.readPlainInteger(text, at: end), dayEnd < text.count,
      tables.dayMarkers.contains(text[dayEnd]),
      let date = CivilDate(year: month.year, month: month.month, day: day)
    {
      return relativeMatch(start, dayEnd + 1, date, date, .day)
    }
    let first = CivilDate.clamped(year: month.year, month: month.month, day: 1)
    return relativeMatch(
      start, end, first, CivilDate.clamped(year: month.year, month: month.month, day: 31), .month)
  }

  /// 近5年, 过去3个月, 未来5年: the span of that length ending on (or starting after) the reference day.
  private func countedSpan(
    _ text: [Unicode.Scalar], _ start: Int, after: Int, _ direction: DateLexicon.SpanDirection,
    _ reference: CivilDate
  ) -> DateMatch? {
    guard let (count, end) = numbers.readCount(text, at: after), count > 0, count <= 100,
      let unit = tables.relative.countUnits.longestMatch(in: text, at: end)
    else { return nil }
    let kind = tables.lexicon.countUnits[unit.value].unit
    if direction == .past {
      let first = moved(reference, by: -count, kind).adding(days: 1)
      return relativeMatch(
        start, sinceEnd(text, at: unit.end) ?? unit.end, first, reference, precision(of: kind))
    }
    return relativeMatch(
      start, unit.end, reference.adding(days: 1), moved(reference, by: count, kind), precision(of: kind))
  }

  /// 3天前, 5年前, 两个月后: the day, month or year that far from the reference date. A later one
  /// (3年后) only counts at the start of a clause or after 在/于/将: after a verb (建成3年后) it counts
  /// from the event, not from the article.
  func readCountedDate(
    _ text: [Unicode.Scalar], at position: Int, number: (value: Int, end: Int), lowerBound: Int,
    reference: CivilDate
  ) -> DateMatch? {
    let (count, end) = number
    guard count > 0, count <= 1000,
      let unit = tables.relative.countUnits.longestMatch(in: text, at: end),
      let ago = tables.relative.agoWords.longestMatch(in: text, at: unit.end),
      ago.end >= text.count || !tables.relative.openSuffixBlockers.contains(text[ago.end])
    else { return nil }
    let kind = tables.lexicon.countUnits[unit.value].unit
    if isWrittenYear(count, digits: end - position, kind) { return nil }
    let sign = tables.lexicon.agoWords[ago.value].sign
    if sign > 0, position > lowerBound, ScalarClass.isHan(text[position - 1]),
      !tables.relative.laterAnchors.contains(text[position - 1])
    {
      return nil
    }
    let day = moved(reference, by: sign * count, kind)
    switch kind {
    case .year:
      let first = CivilDate.clamped(year: day.year, month: 1, day: 1)
      return relativeMatch(
        position, ago.end, first, CivilDate.clamped(year: day.year, month: 12, day: 31), .year)
    case .month:
      let first = CivilDate.clamped(year: day.year, month: day.month, day: 1)
      return relativeMatch(
        position, ago.end, first, CivilDate.clamped(year: day.year, month: day.month, day: 31), .month)
    case .day, .week: return relativeMatch(position, ago.end, day, day, .day)
    }
  }

  /// 20年来, 3个月以来: the span of that length up to the reference day, as 近20年 is.
  func readSinceSpan(
    _ text: [Unicode.Scalar], at position: Int, number: (value: Int, end: Int), reference: CivilDate
  ) -> DateMatch? {
    let (count, end) = number
    guard count > 0, count <= 1000, let unit = tables.relative.countUnits.longestMatch(in: text, at: end),
      let since = sinceEnd(text, at: unit.end)
    else { return nil }
    let kind = tables.lexicon.countUnits[unit.value].unit
    // 2018年以来 is the year 2018 opening a range, read as a date elsewhere; not 2018 years.
    if isWrittenYear(count, digits: end - position, kind) { return nil }
    let first = moved(reference, by: -count, kind).adding(days: 1)
    return relativeMatch(position, since, first, reference, precision(of: kind))
  }

  /// Whether a count of years is a year written out (2018年前, 2018年以来), not a number of years.
  private func isWrittenYear(_ count: Int, digits: Int, _ kind: DateLexicon.CountUnit) -> Bool {
    kind == .year && digits == 4 && tables.lexicon.yearRange.min...tables.lexicon.yearRange.max ~= count
  }

  /// The end of 来 or 以来 at `position`, unless the 来 starts another word (来自, 来看).
  private func sinceEnd(_ text: [Unicode.Scalar], at position: Int) -> Int? {
    guard let since = tables.relative.sinceWords.longestMatch(in: text, at: position),
      since.end >= text.count || !tables.relative.sinceBlockers.contains(text[since.end])
    else { return nil }
    return since.end
  }

  /// 16日 alone: that day of the reference month, as a dateline's 16日电 or a report's 16日上午.
  func readDayAlone(_ text: [Unicode.Scalar], at position: Int, lowerBound: Int, reference: CivilDate)
    -> DateMatch?
  {
    guard ScalarClass.isArabicDigit(text[position]),
      position == 0 || !ScalarClass.isArabicDigit(text[position - 1]),
      position == 0 || !tables.relative.dayAloneBlockers.contains(text[position - 1]),
      let (day, end) = readDigits(text, at: position, maxCount: 2), end < text.count,
      text[end] == tables.dayMarkerScalar,
      let date = CivilDate(year: reference.year, month: reference.month, day: day)
    else { return nil }
    return DateMatch(
      start: position, end: end + 1, startDate: date, endDate: date, precision: .day, explicitYear: nil,
      dayOnly: true)
  }

  /// 前5个月 after a year or alone: January to the end of the fifth month.
  func firstMonths(_ text: [Unicode.Scalar], after: Int, year: Int, explicit: Bool) -> DatePoint? {
    guard let (count, end) = numbers.readPlainInteger(text, at: after), (1...12).contains(count),
      let unitEnd = monthCountEnd(text, at: end)
    else { return nil }
    return DatePoint(
      start: CivilDate.clamped(year: year, month: 1, day: 1),
      end: CivilDate.clamped(year: year, month: count, day: 31), precision: .month, endPosition: unitEnd,
      year: year, month: nil, explicitYear: explicit)
  }

  /// 个月 after the count, or 月 / 月份 as statistics bulletins shorten it (前11月, 前11月份).
  private func monthCountEnd(_ text: [Unicode.Scalar], at end: Int) -> Int? {
    if let unit = tables.relative.countUnits.longestMatch(in: text, at: end),
      tables.lexicon.countUnits[unit.value].unit == .month
    {
      return unit.end
    }
    guard end < text.count, text[end] == tables.monthMarker else { return nil }
    return end + 1 < text.count && tables.monthSuffixes.contains(text[end + 1]) ? end + 2 : end + 1
  }

  private func moved(_ date: CivilDate, by count: Int, _ unit: DateLexicon.CountUnit) -> CivilDate {
    switch unit {
    case .day: date.adding(days: count)
    case .week: date.adding(days: 7 * count)
    case .month: date.adding(months: count)
    case .year: date.adding(months: 12 * count)
    }
  }

  private func precision(of unit: DateLexicon.CountUnit) -> DatePrecision {
    switch unit {
    case .day, .week: .day
    case .month: .month
    case .year: .year
    }
  }
}
