/// Lunar (农历) dates: 中秋 is the 15th of the 8th month of the lunar year that begins in the
/// given Gregorian year.
///
/// Read from `Data/lunar-months.json`, a table made once from Foundation's Chinese calendar by
/// `scripts/generate-lunar-months.swift`: asking ICU cost about a millisecond per festival
/// mention, the table a few loads. The answers are the ones Foundation's
/// `nextDate(after:matching:matchingPolicy: .strict)` gave from the year's 春节 (the tests compare
/// them): leap months (闰月) never match, a month that search passed over (the 12th of 2044) is
/// passed over, and a 30th asked of a 29-day month is the next regular month of that number with
/// 30 days, even years later, or where the search went elsewhere the day the table gives.
enum LunarCalendar {
  /// The Gregorian day of lunar `lunarMonth`/`day` in the lunar year starting in `year`; nil
  /// outside 1900–2100.
  static func gregorian(year: Int, lunarMonth: Int, day: Int) -> CivilDate? {
    guard (1900...2100).contains(year), (1...12).contains(lunarMonth), (1...30).contains(day) else {
      return nil
    }
    return LunarMonths.shared.day(year: year, lunarMonth: lunarMonth, day: day)
  }
}

/// The months of `Data/lunar-months.json` in one run, every lunar year after the one before.
struct LunarMonths: Sendable {
  struct Month: Sendable {
    /// Days from the first year's 春节 to this month's first day.
    var offset: Int
    var number: Int
    var leap: Bool
    /// The numbers of its first and last day: 1 and 29 or 30 (ICU numbers a few first days 0).
    var firstDay: Int
    var lastDay: Int
    /// Foundation's search from the year's 春节 found it (false for the 12th of 2044).
    var searched: Bool
  }

  let firstNewYear: CivilDate
  let firstYear: Int
  let months: [Month]
  /// For each Gregorian year from `firstYear`, the index of the month its lunar year opens with.
  let yearStarts: [Int]
  /// The 30th of a 29-day month where the search did not go to the next 30-day month of that
  /// number, keyed by `year * 16 + month`: rare, so a dictionary.
  let thirtieths: [Int: CivilDate?]

  static let shared = LunarMonths(BundledFiles.readData(LunarMonthsFile.self, named: "lunar-months.json"))

  init(_ file: LunarMonthsFile) {
    guard let first = file.years.first, let newYear = first.newYearDate else {
      preconditionFailure("data/lunar-months.json has no years")
    }
    firstNewYear = newYear
    firstYear = first.year
    var months: [Month] = []
    var starts: [Int] = []
    var offset = 0
    var thirtieths: [Int: CivilDate?] = [:]
    for year in file.years {
      for entry in year.thirtieths ?? [] where !entry.isEmpty {
        // updateValue: assigning a nil answer through the subscript would drop the entry.
        thirtieths.updateValue(
          entry.count == 4 ? CivilDate(year: entry[1], month: entry[2], day: entry[3]) : nil,
          forKey: year.year * 16 + entry[0])
      }
      precondition(year.year == firstYear + starts.count, "data/lunar-months.json skips a year")
      starts.append(months.count)
      for (place, (number, leap)) in year.numbering.enumerated() {
        let firstDay = year.dayZero?.contains(place) == true ? 0 : 1
        let lastDay = year.days[place]
        let searched = leap || year.searchMisses?.contains(number) != true
        months.append(
          Month(
            offset: offset, number: number, leap: leap, firstDay: firstDay, lastDay: lastDay,
            searched: searched))
        offset += lastDay - firstDay + 1
      }
    }
    self.months = months
    yearStarts = starts
    self.thirtieths = thirtieths
  }

  /// The first regular month numbered `lunarMonth` from the year's 春节 on that has the day.
  func day(year: Int, lunarMonth: Int, day: Int) -> CivilDate? {
    let place = year - firstYear
    guard yearStarts.indices.contains(place) else { return nil }
    let ownEnd = place + 1 < yearStarts.count ? yearStarts[place + 1] : months.count
    if let found = first(lunarMonth, day, in: yearStarts[place]..<ownEnd) { return found }
    if day == 30, let exception = thirtieths[year * 16 + lunarMonth] { return exception }
    return first(lunarMonth, day, in: ownEnd..<months.count)
  }

  private func first(_ lunarMonth: Int, _ day: Int, in range: Range<Int>) -> CivilDate? {
    for month in months[range]
    where !month.leap && month.searched && month.number == lunarMonth
      && (month.firstDay...month.lastDay).contains(day)
    {
      return firstNewYear.adding(days: month.offset + day - month.firstDay)
    }
    return nil
  }
}

/// `Data/lunar-months.json`: per lunar year, its 春节, the month its leap month follows (0 for
/// none), every month's last day number in order, the places of months ICU starts on day 0, the
/// regular months Foundation's search passed over, and [month, year, month, day] for a 30th of a
/// 29-day month the search found elsewhere than the next 30-day month of that number ([month]
/// alone: nowhere).
struct LunarMonthsFile: Decodable, Sendable {
  struct Year: Decodable, Sendable {
    let year: Int
    let newYear: [Int]
    let leapMonth: Int
    let days: [Int]
    let dayZero: [Int]?
    let searchMisses: [Int]?
    let thirtieths: [[Int]]?

    var newYearDate: CivilDate? {
      newYear.count == 2 ? CivilDate(year: year, month: newYear[0], day: newYear[1]) : nil
    }

    /// Each month's number and whether it is the leap month, in the order of `days`.
    var numbering: [(Int, Bool)] {
      var result: [(Int, Bool)] = []
      for number in 1...12 {
        result.append((number, false))
        if number == leapMonth { result.append((number, true)) }
      }
      precondition(result.count == days.count, "data/lunar-months.json: \(year) has \(days.count) months")
      return result
    }
  }

  let years: [Year]
}
