/// Finds the line that says when an article was published: a labelled line (发布时间：2024-11-30
/// 20:16), a date with its clock time (2024年6月19日 09:30 来源：…), a line that is only a date
/// ((2024年3月5日)), or an agency dateline without a year (新华社呼和浩特6月16日电).
struct DatelineReader {
  let lexicon = DatelineLexicon.shared
  private let scanner = MetricsScanner(reference: nil)

  /// The lines that may hold a dateline, as the source has them (the structure may join a short
  /// line to its neighbours): the first few non-empty lines and the last few.
  func candidates(_ source: [Unicode.Scalar]) -> [[Unicode.Scalar]] {
    let head = lines(source.indices, source, limit: lexicon.leadingParts)
    let tail = lines(source.indices.reversed(), source, limit: lexicon.trailingParts).map {
      Array($0.reversed())
    }
    return head + tail
  }

  private func lines<S: Sequence>(_ order: S, _ source: [Unicode.Scalar], limit: Int) -> [[Unicode.Scalar]]
  where S.Element == Int {
    var found: [[Unicode.Scalar]] = []
    var current: [Unicode.Scalar] = []
    for index in order {
      let value = source[index]
      if value == "\n" || value == "\r" {
        if !current.isEmpty { found.append(current) }
        current = []
        if found.count >= limit { return found }
      } else if current.count <= lexicon.maxDatelineLength {
        current.append(value)
      }
    }
    if !current.isEmpty, found.count < limit { found.append(current) }
    return found
  }

  /// The first full publication date among the candidate lines.
  func publicationDate(_ lines: [[Unicode.Scalar]]) -> CivilDate? {
    for line in lines where line.count <= lexicon.maxDatelineLength {
      guard let found = fullDate(in: line) else { continue }
      if hasLabel(line) || hasColon(line, before: found.start) || hasClockTime(line, after: found.end)
        || hasWeekday(line, after: found.end) || hasSource(line, after: found.end) || isOnlyDate(line, found)
        || endsShortLine(line, found)
      {
        return found.date
      }
    }
    return nil
  }

  /// A short line that ends with the date (呼政办发〔2023〕45号 2023年7月13日): a signature.
  private func endsShortLine(_ line: [Unicode.Scalar], _ found: (date: CivilDate, start: Int, end: Int))
    -> Bool
  {
    line.count <= lexicon.maxSignatureLength
      && line[found.end...].allSatisfy { !ScalarClass.isHan($0) && !ScalarClass.isArabicDigit($0) }
  }

  /// 6月16日 of an agency dateline (…社…6月16日电) in the first parts: month and day, no year.
  func agencyMonthDay(_ lines: [[Unicode.Scalar]]) -> (month: Int, day: Int)? {
    let endings = Set(lexicon.agencyEndings.map { $0.scalars[0] })
    let names = lexicon.agencyNames.map(\.scalars)
    for part in lines {
      for date in scanner.scanDates(part)
      where date.precision == .day && !date.dayOnly && date.end < part.count
        && endings.contains(part[date.end])
      {
        let from = max(0, date.start - lexicon.agencyReach)
        let before = Array(part[from..<date.start])
        guard names.contains(where: { contains(before, $0) }) else { continue }
        return (date.startDate.month, date.startDate.day)
      }
    }
    return nil
  }

  /// A day with its year written: 2024-11-30, 2024年6月19日, or a European 17.04.2015.
  private func fullDate(in part: [Unicode.Scalar]) -> (date: CivilDate, start: Int, end: Int)? {
    for date in scanner.scanDates(part) where date.precision == .day && date.explicitYear != nil {
      // A weekday after the date is read as the page header's, not as part of the date.
      return (date.startDate, date.start, date.weekdayStart ?? date.end)
    }
    return dayFirstDate(in: part)
  }

  /// DD.MM.YYYY, as some portals print their datelines, or YY-MM-DD before a clock time.
  private func dayFirstDate(in part: [Unicode.Scalar]) -> (date: CivilDate, start: Int, end: Int)? {
    if let short = shortYearDate(in: part) { return short }
    if let spaced = spacedYearDate(in: part) { return spaced }
    let dot: Unicode.Scalar = "."
    var index = 0
    while index + 10 <= part.count {
      let window = part[index..<(index + 10)]
      let digits = [0, 1, 3, 4, 6, 7, 8, 9].allSatisfy { ScalarClass.isASCIIDigit(window[index + $0]) }
      if digits, window[index + 2] == dot, window[index + 5] == dot {
        let value = { (from: Int, count: Int) in
          window[(index + from)..<(index + from + count)].reduce(0) { $0 * 10 + Int($1.value) - 0x30 }
        }
        if let date = CivilDate(year: value(6, 4), month: value(3, 2), day: value(0, 2)) {
          return (date, index, index + 10)
        }
      }
      index += 1
    }
    return nil
  }

  /// 10-12-22 09:29: a two-digit year, only trusted with the clock time after it.
  private func shortYearDate(in part: [Unicode.Scalar]) -> (date: CivilDate, start: Int, end: Int)? {
    let dash: Unicode.Scalar = "-"
    var index = 0
    while index + 8 <= part.count {
      let digits = [0, 1, 3, 4, 6, 7].allSatisfy { ScalarClass.isASCIIDigit(part[index + $0]) }
      let bounded =
        (index == 0 || !ScalarClass.isArabicDigit(part[index - 1]))
        && (index + 8 == part.count || !ScalarClass.isArabicDigit(part[index + 8]))
      if digits, bounded, part[index + 2] == dash, part[index + 5] == dash,
        hasClockTime(part, after: index + 8)
      {
        let value = { (from: Int) in
          Int(part[index + from].value - 0x30) * 10 + Int(part[index + from + 1].value - 0x30)
        }
        if let date = CivilDate(year: 2000 + value(0), month: value(3), day: value(6)) {
          return (date, index, index + 8)
        }
      }
      index += 1
    }
    return nil
  }

  /// 2025 11/29 11:57:10 or 2023 09/ 13 16:30:02: a year, spaces, month/day, and a clock time, as
  /// some portals print it.
  private func spacedYearDate(in part: [Unicode.Scalar]) -> (date: CivilDate, start: Int, end: Int)? {
    var index = 0
    while index + 4 < part.count {
      defer { index += 1 }
      guard index == 0 || !ScalarClass.isArabicDigit(part[index - 1]),
        let year = asciiNumber(part, from: index, digits: 4...4), part[index + 4] == " "
      else { continue }
      let monthStart = ScalarClass.pastSpaces(part, from: index + 4)
      guard let month = asciiNumber(part, from: monthStart, digits: 1...2) else { continue }
      let slash = monthStart + month.digits
      guard slash < part.count, part[slash] == "/" else { continue }
      let dayStart = ScalarClass.pastSpaces(part, from: slash + 1)
      guard let day = asciiNumber(part, from: dayStart, digits: 1...2),
        hasClockTime(part, after: dayStart + day.digits),
        let date = CivilDate(year: year.value, month: month.value, day: day.value)
      else { continue }
      return (date, index, dayStart + day.digits)
    }
    return nil
  }

  /// The ASCII number at `start` with a digit count in `digits`, followed by no further digit.
  private func asciiNumber(_ part: [Unicode.Scalar], from start: Int, digits: ClosedRange<Int>) -> (
    value: Int, digits: Int
  )? {
    var value = 0
    var index = start
    while index < part.count, ScalarClass.isASCIIDigit(part[index]), index - start < digits.upperBound {
      value = value * 10 + Int(part[index].value - 0x30)
      index += 1
    }
    let count = index - start
    guard digits.contains(count), index == part.count || !ScalarClass.isArabicDigit(part[index]) else {
      return nil
    }
    return (value, count)
  }

  private func hasLabel(_ part: [Unicode.Scalar]) -> Bool {
    lexicon.publicationLabels.contains { contains(part, $0.scalars) }
  }

  /// A label of any wording before a colon (發佈時間：2024-02-19, 日期: 2024-02-19): a short line
  /// near the top whose date is what the label names.
  private func hasColon(_ part: [Unicode.Scalar], before start: Int) -> Bool {
    var index = start - 1
    while index >= 0, part[index] == " " || part[index] == "\u{3000}" || part[index] == "\u{A0}" {
      index -= 1
    }
    return index > 0 && (part[index] == ":" || part[index] == "：")
  }

  /// The date and then only a source's short name (2020-12-23 中国新闻网, 2024年5月6日 内蒙古日报).
  private func hasSource(_ part: [Unicode.Scalar], after end: Int) -> Bool {
    let start = ScalarClass.pastSpaces(part, from: end)
    guard start > end, start < part.count, part.count - start <= lexicon.maxSourceLength else { return false }
    let rest = Array(part[start...])
    return rest.allSatisfy(ScalarClass.isHan)
      && lexicon.agencyNames.contains {
        rest.has($0.scalars, endingAt: rest.count, lowerBound: 0)
      }
  }

  /// 星期日 or 周一 after the date, past spaces, as a newspaper prints its page header
  /// (2012年12月30日 星期日 第3版).
  private func hasWeekday(_ part: [Unicode.Scalar], after end: Int) -> Bool {
    let index = ScalarClass.pastSpaces(part, from: end)
    return Self.weekdayPrefixes.contains { prefix in
      part.has(prefix, at: index)
        && (index + prefix.count == part.count || Self.weekdayNames[part[index + prefix.count]] != nil)
    }
  }

  private static let weekdayPrefixes = MetricsLexicon.shared.dates.lexicon.weekdayPrefixes.map(\.scalars)
  /// 一 … 日 and 天 after 星期 or 周, as the date reader knows them.
  private static let weekdayNames = MetricsLexicon.shared.dates.relative.weekdayNames

  /// 09:30 or 10:01:15 after the date, past spaces.
  private func hasClockTime(_ part: [Unicode.Scalar], after end: Int) -> Bool {
    var index = ScalarClass.pastSpaces(part, from: end)
    var digits = 0
    while index < part.count, ScalarClass.isArabicDigit(part[index]) {
      digits += 1
      index += 1
    }
    return (1...2).contains(digits) && index < part.count && (part[index] == ":" || part[index] == "：")
  }

  /// Nothing but the date, brackets, spaces and punctuation: (2024年3月5日).
  private func isOnlyDate(_ part: [Unicode.Scalar], _ found: (date: CivilDate, start: Int, end: Int)) -> Bool
  {
    let rest = part[..<found.start] + part[found.end...]
    return rest.allSatisfy {
      !ScalarClass.isHan($0) && !ScalarClass.isArabicDigit($0) && !ScalarClass.isLatinLetter($0)
    }
  }

  private func contains(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> Bool {
    guard !word.isEmpty, text.count >= word.count else { return false }
    return (0...(text.count - word.count)).contains { Array(text[$0..<($0 + word.count)]) == word }
  }
}
