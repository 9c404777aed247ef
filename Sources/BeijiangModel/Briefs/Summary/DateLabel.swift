/// A date or span as a brief says it, as finely as the article fixed it: 2024年, 2023年10月,
/// 2024年3月29日, 2024年4月17日至18日; in English 2024, Oct 2023, 29 Mar 2024, 17–18 Apr 2024.
/// Seasons, quarters and half-years are written as their months (2024年6月至8月).
public enum DateLabel {
  static let englishMonths = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
  ]

  /// - Parameter year: left out when the whole span lies in it and is finer than a year
  ///   (3月29日, 4月17日至18日; 29 Mar, 17–18 Apr).
  public static func text(_ mention: DateMention, language: FigureLanguage, omittingYear year: Int? = nil)
    -> String
  {
    switch (mention.startDate, mention.endDate) {
    case (let start?, let end?):
      return text(from: start, to: end, precision: mention.precision, language: language, omittingYear: year)
    case (let start?, nil):
      let period = whole(start, mention.precision)
      let first = text(
        from: period.0, to: period.1, precision: mention.precision, language: language, omittingYear: year)
      return language == .zh ? first + "起" : "from " + first
    case (nil, let end?):
      let period = whole(end, mention.precision)
      let last = text(
        from: period.0, to: period.1, precision: mention.precision, language: language, omittingYear: year)
      return language == .zh ? "截至" + last : "until " + last
    case (nil, nil):
      return partialText(mention, language: language) ?? mention.surface
    }
  }

  /// The year or month a day of a coarser date lies in: the known end of 2018年起 is all of 2018.
  private static func whole(_ day: CivilDate, _ precision: DatePrecision) -> (CivilDate, CivilDate) {
    switch precision {
    case .year, .decade:
      return (
        CivilDate.clamped(year: day.year, month: 1, day: 1),
        CivilDate.clamped(year: day.year, month: 12, day: 31)
      )
    case .month, .tenDays:
      return (
        CivilDate.clamped(year: day.year, month: day.month, day: 1),
        CivilDate.clamped(year: day.year, month: day.month, day: 31)
      )
    default: return (day, day)
    }
  }

  /// A date of unknown year as far as the text fixes it: 7月28日, 16日; 28 Jul, day 16.
  private static func partialText(_ mention: DateMention, language: FigureLanguage) -> String? {
    guard let partial = mention.partialStart else { return nil }
    let fields = partial.split(separator: "-").compactMap { Int($0) }
    let dayOnly = partial.hasPrefix("---")
    switch (fields.count, dayOnly, language) {
    case (1, true, .zh): return "\(fields[0])日"
    case (1, true, .en): return "day \(fields[0])"
    case (1, false, .zh): return "\(fields[0])月"
    case (1, false, .en): return englishMonths[fields[0] - 1]
    case (2, _, .zh): return "\(fields[0])月\(fields[1])日"
    case (2, _, .en): return "\(fields[1]) \(englishMonths[fields[0] - 1])"
    default: return nil
    }
  }

  public static func text(
    from start: CivilDate, to end: CivilDate, precision: DatePrecision, language: FigureLanguage,
    omittingYear year: Int? = nil
  ) -> String {
    let granularity: Granularity =
      switch precision {
      case .day, .week, .tenDays, .vague: .day
      case .year, .decade:
        start.month == 1 && start.day == 1 && end.month == 12 && end.day == 31 ? .year : .month
      case .month, .season, .quarter, .halfYear: .month
      }
    let withYear =
      switch language {
      case .zh: chinese(start, end, granularity)
      case .en: english(start, end, granularity)
      }
    guard let year, granularity != .year, start.year == year, end.year == year else { return withYear }
    switch language {
    case .zh: return String(withYear.dropFirst("\(year)年".count))
    case .en: return String(withYear.dropLast(" \(year)".count))
    }
  }

  enum Granularity { case year, month, day }

  private static func chinese(_ start: CivilDate, _ end: CivilDate, _ granularity: Granularity) -> String {
    func full(_ date: CivilDate) -> String {
      switch granularity {
      case .year: "\(date.year)年"
      case .month: "\(date.year)年\(date.month)月"
      case .day: "\(date.year)年\(date.month)月\(date.day)日"
      }
    }
    let first = full(start)
    guard !sameUnit(start, end, granularity) else { return first }
    let second: String
    switch granularity {
    case .year: second = "\(end.year)年"
    case .month: second = start.year == end.year ? "\(end.month)月" : full(end)
    case .day:
      if start.year != end.year {
        second = full(end)
      } else {
        second = start.month == end.month ? "\(end.day)日" : "\(end.month)月\(end.day)日"
      }
    }
    return first + "至" + second
  }

  private static func english(_ start: CivilDate, _ end: CivilDate, _ granularity: Granularity) -> String {
    let month = { (date: CivilDate) in englishMonths[date.month - 1] }
    switch granularity {
    case .year:
      return start.year == end.year ? "\(start.year)" : "\(start.year)–\(end.year)"
    case .month:
      if sameUnit(start, end, .month) { return "\(month(start)) \(start.year)" }
      if start.year == end.year { return "\(month(start))–\(month(end)) \(end.year)" }
      return "\(month(start)) \(start.year)–\(month(end)) \(end.year)"
    case .day:
      if start == end { return "\(start.day) \(month(start)) \(start.year)" }
      if start.year == end.year && start.month == end.month {
        return "\(start.day)–\(end.day) \(month(end)) \(end.year)"
      }
      if start.year == end.year { return "\(start.day) \(month(start))–\(end.day) \(month(end)) \(end.year)" }
      return "\(start.day) \(month(start)) \(start.year)–\(end.day) \(month(end)) \(end.year)"
    }
  }

  private static func sameUnit(_ start: CivilDate, _ end: CivilDate, _ granularity: Granularity) -> Bool {
    switch granularity {
    case .year: start.year == end.year
    case .month: start.year == end.year && start.month == end.month
    case .day: start == end
    }
  }
}
