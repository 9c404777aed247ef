/// When in the year a report is written, as its dates without a year tell: the clues that move a
/// vote by a year once the whole text is read (`ReferenceVotes.settled`).
///
/// - Winter: a date without a year in November or December (12月18日) makes an early festival
///   (2023年元旦、春节) the coming season.
/// - New year: dates without a year only in January or February (截至1月29日), 去年 or 上年 in the
///   text, and the reported year with no January or February date of its own: a review of last
///   year written early in the next (各地2020年经济年报出炉 … 截至1月29日 … 去年全年), so it speaks
///   from the year after the one it reports.
struct ReportSeason {
  /// The year the votes are scanned against: 去年 reads as the year before it.
  static let scanningYear = 1

  private(set) var isWinter = false
  private var yearlessMonths: (earliest: Int, latest: Int)?
  private var saysLastYear = false
  /// Written years with a date of their own in January or February (2020年1月20日).
  private var yearsWithEarlyDates: Set<Int> = []

  mutating func observe(_ date: DateMatch) {
    let fine = [.day, .tenDays, .month].contains(date.precision)
    if date.explicitYear == nil, !date.relative, !date.dayOnly, fine, date.role != .target, !date.targetCue {
      let month = date.startDate.month
      if month >= 11 { isWinter = true }
      yearlessMonths = (
        min(yearlessMonths?.earliest ?? month, month), max(yearlessMonths?.latest ?? month, month)
      )
    }
    if date.relative, date.explicitYear == nil, !date.fromReferenceDay,
      date.startDate.year == Self.scanningYear - 1
    {
      saysLastYear = true
    }
    if let year = date.explicitYear, fine, date.startDate.month <= 2 { yearsWithEarlyDates.insert(year) }
  }

  /// Whether a report whose votes name `year` reviews it from early in the year after.
  func isNewYearReview(of year: Int) -> Bool {
    guard let yearlessMonths, yearlessMonths.latest <= 2, saysLastYear else { return false }
    return !yearsWithEarlyDates.contains(year)
  }
}
