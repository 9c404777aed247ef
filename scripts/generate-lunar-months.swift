// Regenerates Sources/BeijiangModel/Data/lunar-months.json from Foundation's Chinese calendar
// (ICU), so the program reads lunar dates from a table instead of asking ICU per mention.
//
// For each lunar year whose first day (春节) falls in a Gregorian year from `firstYear` to
// `lastYear`: that day, the month after which a leap month (闰月) is inserted (0 for none), and
// every month's last day number in order (29 or 30), the leap month in its place; `dayZero` lists
// the places (from 0) of months whose first day ICU numbers 0, not 1; `searchMisses` the regular
// months Foundation's search from the year's 春节 passes over (the 12th of 2044); `thirtieths`
// [month, year, month, day] the day Foundation gave for a 30th of a 29-day month where it is not
// the next 30-day month of that number (see LunarCalendar.swift). The years run past 2100 because
// a 30th asked of a 29-day month is found in a later year (see LunarCalendar.swift).
// Usage: swift scripts/generate-lunar-months.swift > Sources/BeijiangModel/Data/lunar-months.json
import Foundation

let firstYear = 1900
let lastYear = 2130
let utc = TimeZone(identifier: "UTC")!
var gregorian = Calendar(identifier: .gregorian)
gregorian.timeZone = utc
var chinese = Calendar(identifier: .chinese)
chinese.timeZone = utc

struct Month {
  var number: Int
  var leap: Bool
  var start: Date
  /// The number ICU gives the month's first day: 1, but 0 for the 9th month of 2057 (an ICU
  /// quirk that Foundation's date search follows, so the table keeps it).
  var firstDay: Int
  var lastDay: Int
}

// Walk every day once: a change of month or leap flag opens a month.
var months: [Month] = []
var day = gregorian.date(from: DateComponents(year: firstYear, month: 1, day: 1))!
let stop = gregorian.date(from: DateComponents(year: lastYear + 1, month: 12, day: 31))!
while day < stop {
  let parts = chinese.dateComponents([.month, .day, .isLeapMonth], from: day)
  let (number, leap, label) = (parts.month!, parts.isLeapMonth ?? false, parts.day!)
  if let last = months.last, last.number == number, last.leap == leap {
    precondition(label == last.lastDay + 1, "day numbers jump at \(day)")
    months[months.count - 1].lastDay = label
  } else {
    months.append(Month(number: number, leap: leap, start: day, firstDay: label, lastDay: label))
  }
  day = gregorian.date(byAdding: .day, value: 1, to: day)!
}
months.removeFirst()  // opened before `firstYear`'s first day
months.removeLast()  // still open at `stop`

// The index of each lunar year's first month, the one after the last closing the last year.
var starts = months.indices.filter { months[$0].number == 1 && !months[$0].leap }
let lastYearIndex = starts.lastIndex {
  gregorian.component(.year, from: months[$0].start) <= lastYear
}!
starts = Array(starts[...(lastYearIndex + 1)])

/// Whether Foundation's search from the year's 春节 for the first day of its regular month
/// `month` lands there (the reading the program had): it passes over the 12th month of 2044, so
/// the table says so and the program passes over it too.
func searchFinds(_ year: ArraySlice<Month>, _ month: Month) -> Bool {
  let found = chinese.nextDate(
    after: year.first!.start.addingTimeInterval(-86_400),
    matching: DateComponents(month: month.number, day: 1), matchingPolicy: .strict)
  return found == month.start.addingTimeInterval(Double(1 - month.firstDay) * 86_400)
}

var missed = Set<Int>()
for place in 0..<(starts.count - 1) {
  let year = months[starts[place]..<starts[place + 1]]
  for index in year.indices where !months[index].leap && !searchFinds(year, months[index]) {
    missed.insert(index)
  }
}

/// The day the old reading gave for a 30th asked of a 29-day regular month of the `place`-th year:
/// Foundation searches on into later years, but not always to the next 30-day month of that
/// number, so the table keeps each answer that rule would miss.
func thirtiethExceptions(_ place: Int) -> [String] {
  let year = months[starts[place]..<starts[place + 1]]
  var found: [String] = []
  for month in year where !month.leap && month.lastDay == 29 {
    let answer = chinese.nextDate(
      after: year.first!.start.addingTimeInterval(-86_400),
      matching: DateComponents(month: month.number, day: 30), matchingPolicy: .strict)
    let rule = months.indices[starts[place + 1]...].first {
      !months[$0].leap && months[$0].number == month.number && months[$0].lastDay == 30
        && !missed.contains($0)
    }.map { months[$0].start.addingTimeInterval(Double(30 - months[$0].firstDay) * 86_400) }
    guard answer != rule else { continue }
    let day = answer.map { gregorian.dateComponents([.year, .month, .day], from: $0) }
    found.append(day.map { "[\(month.number), \($0.year!), \($0.month!), \($0.day!)]" } ?? "[\(month.number)]")
  }
  return found
}

func list(_ name: String, _ items: [String]) -> String {
  items.isEmpty ? "" : ", \"\(name)\": [\(items.joined(separator: ", "))]"
}

var lines: [String] = []
for place in 0..<(starts.count - 1) {
  let year = months[starts[place]..<starts[place + 1]]
  let start = gregorian.dateComponents([.year, .month, .day], from: year.first!.start)
  let leap = year.first { $0.leap }.map { $0.number } ?? 0
  precondition(year.filter(\.leap).count <= 1, "two leap months in \(start.year!)")
  precondition(year.allSatisfy { $0.firstDay <= 1 }, "a month starts late in \(start.year!)")
  let lengths = year.map { String($0.lastDay) }.joined(separator: ", ")
  let zeros = year.indices.filter { months[$0].firstDay == 0 }.map { String($0 - year.startIndex) }
  let misses = year.indices.filter { missed.contains($0) }.map { String(months[$0].number) }
  let thirtieths = start.year! <= 2100 ? thirtiethExceptions(place) : []
  lines.append(
    "    { \"year\": \(start.year!), \"newYear\": [\(start.month!), \(start.day!)], "
      + "\"leapMonth\": \(leap), \"days\": [\(lengths)]" + list("dayZero", zeros)
      + list("searchMisses", misses) + list("thirtieths", thirtieths) + " }")
}
print("{")
print("  \"about\": \"Lunar years from Foundation's Chinese calendar; scripts/generate-lunar-months.swift\",")
print("  \"years\": [")
print(lines.joined(separator: ",\n"))
print("  ]")
print("}")
