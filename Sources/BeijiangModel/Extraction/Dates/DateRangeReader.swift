/// The second end of a range and the ranges that start without a point: 4月9日至10日, 至今,
/// 2022至2024年, 12月至次年3月.
extension DateReader {
  /// The second end of a range (至10日, 至12月, 到2024年, 至今), when one follows.
  func readRangeEnd(_ text: [Unicode.Scalar], after first: DatePoint, reference: CivilDate)
    -> (date: CivilDate, position: Int, untilNow: Bool)?
  {
    guard let connector = tables.connectors.longestMatch(in: text, at: first.endPosition) else { return nil }
    if let now = tables.untilNow.longestMatch(in: text, at: connector.end), reference >= first.start,
      now.end >= text.count || !tables.untilNowBlockers.contains(text[now.end])
    {
      return (reference, now.end, true)
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
    return (second.end, second.endPosition, false)
  }

  /// 2022至2024年: a year without 年 that opens a range of years.
  func readBareYearRange(
    _ text: [Unicode.Scalar], at position: Int, lowerBound: Int, reference: CivilDate,
    plain: (value: Int, end: Int)?? = .none
  ) -> DateMatch? {
    guard let (year, end) = readYearNumber(text, at: position, plain: plain),
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

  /// 12月至次年3月: the range's end counts from its start's year, and names a month or day in it
  /// (12月至次年 alone is left to the month before it).
  func rangeEndAfterYear(_ text: [Unicode.Scalar], from first: DatePoint, offset: Int, marker: Int)
    -> DatePoint?
  {
    guard
      let point = readAfterYear(
        text, year: first.year + offset, yearMarkerAt: marker, after: marker + 1, explicit: first.explicitYear
      ),
      point.precision != .year
    else { return nil }
    return point
  }
}
