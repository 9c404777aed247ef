import Foundation
import Testing

@testable import BeijiangModel

/// `Data/lunar-months.json` against Foundation's Chinese calendar, which it was made from
/// (`scripts/generate-lunar-months.swift`): every lunar month and day of a sample of years must
/// land on the day the old per-mention search found.
@Suite struct LunarCalendarTests {
  /// The old reading: from the year's 春节, the next day Foundation numbers `lunarMonth`/`day`.
  static func foundation(year: Int, lunarMonth: Int, day: Int) -> CivilDate? {
    let utc = TimeZone(identifier: "UTC") ?? .current
    var gregorian = Calendar(identifier: .gregorian)
    gregorian.timeZone = utc
    var chinese = Calendar(identifier: .chinese)
    chinese.timeZone = utc
    guard let newYearsEve = gregorian.date(from: DateComponents(year: year, month: 1, day: 1)),
      let springFestival = chinese.nextDate(
        after: newYearsEve, matching: DateComponents(month: 1, day: 1), matchingPolicy: .strict),
      let found = chinese.nextDate(
        after: springFestival.addingTimeInterval(-86_400),
        matching: DateComponents(month: lunarMonth, day: day), matchingPolicy: .strict)
    else { return nil }
    let parts = gregorian.dateComponents([.year, .month, .day], from: found)
    guard let foundYear = parts.year, let month = parts.month, let dayOfMonth = parts.day else { return nil }
    return CivilDate(year: foundYear, month: month, day: dayOfMonth)
  }

  /// The table's ends, years with a leap month (1906, 2023, 2025), a 30th that is years away
  /// (2024年腊月三十 is in 2030), and 2057, whose 9th month ICU starts on a day 0.
  static let years = [1900, 1906, 1984, 2023, 2024, 2025, 2057, 2100]

  @Test(arguments: years)
  func everyMonthAndDayIsFoundationsDay(year: Int) {
    for month in 1...12 {
      for day in 1...30 {
        let table = LunarCalendar.gregorian(year: year, lunarMonth: month, day: day)
        let expected = Self.foundation(year: year, lunarMonth: month, day: day)
        #expect(table == expected, "\(year) 农历\(month)月\(day)日")
      }
    }
  }

  @Test func eachLunarYearEndsWhereTheNextBegins() {
    let table = LunarMonths.shared
    for (place, start) in table.yearStarts.enumerated().dropFirst() {
      let last = table.months[start - 1]
      let newYear = table.firstNewYear.adding(days: last.offset + last.lastDay - last.firstDay + 1)
      #expect(newYear.year == table.firstYear + place, "\(newYear)")
      #expect(newYear == table.firstNewYear.adding(days: table.months[start].offset))
      #expect(table.months[start].number == 1 && !table.months[start].leap)
    }
  }

  @Test func knownDays() {
    #expect(LunarCalendar.gregorian(year: 2024, lunarMonth: 8, day: 15)?.iso == "2024-09-17")
    #expect(LunarCalendar.gregorian(year: 2025, lunarMonth: 1, day: 1)?.iso == "2025-01-29")
    #expect(LunarCalendar.gregorian(year: 2024, lunarMonth: 12, day: 30)?.iso == "2030-02-02")
    #expect(LunarCalendar.gregorian(year: 1899, lunarMonth: 1, day: 1) == nil)
    #expect(LunarCalendar.gregorian(year: 2024, lunarMonth: 13, day: 1) == nil)
  }
}
