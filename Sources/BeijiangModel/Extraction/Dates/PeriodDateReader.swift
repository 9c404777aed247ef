/// Periods longer than a year and calendars other than the Gregorian: decades (20世纪30年代, 80年代,
/// 1980年代), five-year plans (“十四五”期间) and lunar dates (农历八月十五).
extension DateReader {
  /// N年代 at `position`: with a century (20世纪 + 30年代), a four-digit decade (1980年代), or a bare
  /// one from `bareDecadeMin` up (80年代 is 1980–1989; 20年代 alone could be either century), and
  /// a part of it after 年代 (`decadeParts`: 80年代末 is 1987–1989).
  func readDecade(_ text: [Unicode.Scalar], at position: Int, number: (value: Int, end: Int)?, century: Int?)
    -> DateMatch?
  {
    guard let (value, end) = number ?? numbers.readPlainInteger(text, at: position),
      text.has(tables.relative.decadeMarker, at: end), value % 10 == 0
    else { return nil }
    let first: Int
    if let century {
      guard value < 100 else { return nil }
      first = century + value
    } else if end - position == 4, tables.lexicon.yearRange.min...tables.lexicon.yearRange.max ~= value {
      first = value
    } else {
      guard (tables.lexicon.bareDecadeMin...90).contains(value) else { return nil }
      first = 1900 + value
    }
    let markerEnd = end + tables.relative.decadeMarker.count
    let part = tables.lexicon.decadeParts.filter {
      text.has($0.word.scalars, at: markerEnd)
    }
    .max { $0.word.count < $1.word.count }
    guard let start = CivilDate(year: first + (part?.first ?? 0), month: 1, day: 1),
      let last = CivilDate(year: first + (part?.last ?? 9), month: 12, day: 31)
    else { return nil }
    return DateMatch(
      start: position, end: markerEnd + (part?.word.unicodeScalars.count ?? 0), startDate: start,
      endDate: last, precision: .decade, explicitYear: first, period: true)
  }

  /// “十四五”期间, 十三五时期: the plan's five years. Without such a suffix the plan is a document
  /// (十四五规划) unless 以来 follows, which the frame reads as "from its start until now".
  func readPlan(_ index: Int, _ text: [Unicode.Scalar], _ start: Int, _ end: Int) -> DateMatch? {
    let plan = tables.lexicon.plans[index]
    var matchEnd = end
    if let suffix = tables.relative.planSuffixes.longestMatch(in: text, at: end) {
      matchEnd = suffix.end
    } else if let open = tables.relative.openSuffixes.longestMatch(in: text, at: end),
      tables.lexicon.openSuffixes[open.value].kind == .untilReference
    {
      matchEnd = end
    } else {
      return nil
    }
    guard let first = CivilDate(year: plan.start, month: 1, day: 1),
      let last = CivilDate(year: plan.end, month: 12, day: 31)
    else { return nil }
    return DateMatch(
      start: start, end: matchEnd, startDate: first, endDate: last, precision: .year,
      explicitYear: plan.start,
      period: true)
  }

  /// 农历八月十五, 农历正月初八日: the lunar day in the lunar year that starts in `year`.
  func lunarPoint(_ text: [Unicode.Scalar], after: Int, year: Int, explicit: Bool) -> DatePoint? {
    var index = after
    let month: Int
    if index < text.count, let named = tables.relative.lunarMonthNames[text[index]] {
      month = named
      index += 1
    } else if let (value, end) = numbers.readPlainInteger(text, at: index), (1...12).contains(value) {
      month = value
      index = end
    } else {
      return nil
    }
    guard index < text.count, text[index] == tables.monthMarker else { return nil }
    index += 1
    if text.has(tables.relative.lunarDayPrefix, at: index) {
      index += tables.relative.lunarDayPrefix.count
    }
    guard let (day, end) = numbers.readPlainInteger(text, at: index),
      let date = LunarCalendar.gregorian(year: year, lunarMonth: month, day: day)
    else { return nil }
    let close = end < text.count && tables.dayMarkers.contains(text[end]) ? end + 1 : end
    return DatePoint(
      start: date, end: date, precision: .day, endPosition: close, year: year, month: nil,
      explicitYear: explicit)
  }
}
