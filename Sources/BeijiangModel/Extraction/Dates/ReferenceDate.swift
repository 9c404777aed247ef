/// Infers the date an article speaks from, so 今年 and dates without a year can be resolved.
///
/// The rule:
/// 1. Collect every year the article writes out (2024年, 2023年10月, 从2022年至2024年 gives 2022),
///    leaving out forward-looking ones: a year right after 到 or followed within two characters by
///    将 (到2027年, 2027年将达到), which name targets, not the present.
/// 2. The reference year is the most frequent of them; a tie goes to the later year. An article
///    reports mostly on its own year (the seed names 2024 seven times, 2023 three times, 2027 once as a
///    target).
/// 3. The reference day is the latest day-precise date in that year (dates without a year count as
///    in it: 4月17日至18日 gives 04-18), since an article is written on or after what it reports;
///    with none, the last day of the year.
/// Returns nil when the article writes out no year at all.
public enum ReferenceDate {
  public static func infer(from text: String) -> CivilDate? {
    infer(fromParts: [text.scalarValues])
  }

  /// The same rule over the parts of a structured article (headings and paragraphs), each scanned
  /// on its own: a date never spans two parts.
  static func infer(fromParts parts: [[UInt32]]) -> CivilDate? {
    let lexicon = MetricsLexicon.shared
    guard let placeholder = CivilDate(year: 1, month: 1, day: 1) else { return nil }
    let firstScanner = MetricsScanner(reference: placeholder)
    var counts: [Int: Int] = [:]
    for part in parts {
      for date in firstScanner.scanDates(part) {
        guard let year = date.explicitYear, !isForwardLooking(date, part, lexicon: lexicon) else { continue }
        counts[year, default: 0] += 1
      }
    }
    guard let year = counts.max(by: { ($0.value, $0.key) < ($1.value, $1.key) })?.key,
      let endOfYear = CivilDate(year: year, month: 12, day: 31)
    else { return nil }
    let secondScanner = MetricsScanner(reference: endOfYear)
    let days = parts.flatMap { secondScanner.scanDates($0) }.filter {
      $0.precision == .day && $0.endDate.year == year && $0.startDate.year == year
    }
    return days.map(\.endDate).max() ?? endOfYear
  }

  /// 到2027年, 2027年将: a year named as a target.
  private static func isForwardLooking(_ date: DateMatch, _ text: [UInt32], lexicon: MetricsLexicon) -> Bool {
    let prefixes = Set(lexicon.roles.targetYearPrefixes.map { $0.scalarValues[0] })
    if date.start > 0, prefixes.contains(text[date.start - 1]), date.startDate.year == date.endDate.year {
      return true
    }
    let future: UInt32 = 0x5C06  // 将
    return text[date.end..<min(date.end + 2, text.count)].contains(future)
  }
}
