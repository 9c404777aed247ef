import Foundation

/// Lunar (农历) dates through Foundation's Chinese calendar: 中秋 is the 15th of the 8th month of the
/// lunar year that begins in the given Gregorian year.
enum LunarCalendar {
  /// The Gregorian day of lunar `lunarMonth`/`day` in the lunar year starting in `year`; nil
  /// outside 1900–2100 or where Foundation cannot convert (a 30th in a 29-day month).
  static func gregorian(year: Int, lunarMonth: Int, day: Int) -> CivilDate? {
    guard (1900...2100).contains(year), (1...12).contains(lunarMonth), (1...30).contains(day) else {
      return nil
    }
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
        matching: DateComponents(month: lunarMonth, day: day),
        matchingPolicy: .strict)
    else { return nil }
    let parts = gregorian.dateComponents([.year, .month, .day], from: found)
    guard let foundYear = parts.year, let month = parts.month, let dayOfMonth = parts.day else { return nil }
    return CivilDate(year: foundYear, month: month, day: dayOfMonth)
  }
}
