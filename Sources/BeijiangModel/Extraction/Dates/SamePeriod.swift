/// 去年同期 / 上年同期: "the same period last year" names no stretch of its own. It is the period
/// the paragraph has just named (前5个月, 一季度, 今年以来, 6月), a year earlier; a careful reader
/// writes 前5个月 … 比去年同期 as January to May of the year before. Without such a period it stays
/// what the word alone says, the whole year before.
///
/// The period is the latest date before it in the same paragraph that spans at most a year and
/// has no open side: 自2018年以来 or 2016—2020年 is a stretch of history, not a reporting period.
struct SamePeriod {
  private var period: DateMatch?

  /// Moves a same-period date onto the period before it; remembers any other date as the period.
  mutating func place(_ date: inout DateMatch) {
    guard date.samePeriod else {
      if date.precision != .vague, date.open == nil, date.endDate.days(since: date.startDate) <= 366 {
        period = date
      }
      return
    }
    guard let period else { return }
    date.startDate = period.startDate.adding(months: -12)
    date.endDate = Self.yearBefore(period.endDate)
    date.precision = period.precision
  }

  /// The same day a year earlier; a month's last day stays the month's last day (2025-02-28 →
  /// 2024-02-29).
  private static func yearBefore(_ day: CivilDate) -> CivilDate {
    guard day.day == CivilDate.daysIn(year: day.year, month: day.month) else {
      return day.adding(months: -12)
    }
    return CivilDate.clamped(year: day.year - 1, month: day.month, day: 31)
  }
}
