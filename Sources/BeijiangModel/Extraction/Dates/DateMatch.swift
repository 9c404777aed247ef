/// A date found by the reader, before it becomes a public `DateMention`.
struct DateMatch: Sendable {
  var start: Int
  var end: Int
  var startDate: CivilDate
  var endDate: CivilDate
  var precision: DatePrecision
  /// The year as written (2024年), nil when it came from the reference date or a relative word.
  var explicitYear: Int?
  /// Named relative to the reference date (今年, 上月, 3天前); read against it either way.
  var relative = false
  /// 16日 alone: the month, too, came from the reference date.
  var dayOnly = false
  /// Counted from the reference day itself (昨天, 上周三, 3天前), not only from its year.
  var fromReferenceDay = false
  var open: DateOpenSide?
  var role: DateRole?
  /// A target cue stands by the date (将于12月20日), whether or not the date is over: a plan is no
  /// evidence of the day an article was written.
  var targetCue = false
  /// 至今, 以来: the end is the reference date, unknown when the reference is.
  var endsAtReference = false
  /// A plan period or decade: a span of history, not the year an article speaks from.
  var period = false
  /// Starts with a festival (2023年元旦), read by the reference-date inference.
  var festival = false
  /// 去年同期: moved onto the period named just before it (`SamePeriod`).
  var samePeriod = false
  /// 次年, 当天, 次月: how it counts from the date named before it (`DateAnaphora`).
  var anaphoric: DateAnaphora.Step?
  /// Counted from a date whose year is written (1992年 … 次年): known without the reference date.
  var anchoredOnWrittenYear = false
  /// Where an absorbed weekday begins (2012年12月30日 星期日): the date itself ends there.
  var weekdayStart: Int?

  /// Whether the reference date went into the days (a relative word, or no year written).
  var usesReference: Bool { !anchoredOnWrittenYear && (relative || explicitYear == nil) }
}

/// One end of a date: a year, a month, a day, a span inside a year or a festival.
struct DatePoint {
  var start: CivilDate
  var end: CivilDate
  var precision: DatePrecision
  var endPosition: Int
  var year: Int
  var month: Int?
  var explicitYear: Bool
  var relative = false
  /// A festival (元旦, 春节, 两节), whose year may be the coming one in a winter report.
  var festival = false
  var samePeriod = false
  var anaphoric: DateAnaphora.Step?
}
