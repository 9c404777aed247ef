/// Turns what the reader found into a public `DateMention`, honest about what the reference date
/// supplied: with no reference date nothing is resolved against one, and a month or day written
/// without a year keeps only what the text gives (`--07-28`).
enum DateResolution {
  /// The reference the reader runs against when the article's is unknown. Its year lies outside
  /// the years the reader accepts (1900–2100), so nothing it supplies can pass for a written year,
  /// and it is a leap year, so 2月29日 keeps its day; every day it supplies is dropped here.
  static let unknownReference = CivilDate(year: 4000, month: 1, day: 1)!

  static func mention(_ match: DateMatch, _ text: [Unicode.Scalar], reference: CivilDate?) -> DateMention {
    let surface = text.string(match.start..<match.end)
    guard match.precision != .vague else {
      return DateMention(
        surface: surface, start: match.start, end: match.end, startDate: nil, endDate: nil, precision: .vague,
        relative: true)
    }
    var start: CivilDate? = match.startDate
    var end: CivilDate? = match.endDate
    var open = match.open
    var partials: (String?, String?) = (nil, nil)
    if reference == nil {
      if match.endsAtReference { (end, open) = (nil, .end) }
      if match.usesReference {
        (start, end) = (nil, nil)
        if !match.relative { partials = partial(match) }
      }
    }
    if open == .start { start = nil }
    if open == .end { end = nil }
    return DateMention(
      surface: surface, start: match.start, end: match.end, startDate: start, endDate: end,
      precision: match.precision, partialStart: partials.0, partialEnd: partials.1, open: open,
      relative: match.relative,
      resolvedAgainst: match.usesReference || match.endsAtReference ? reference : nil, role: match.role)
  }

  /// `--MM-DD`, `--MM` or `---DD` for each end; the end only when it differs from the start.
  private static func partial(_ match: DateMatch) -> (String?, String?) {
    func text(_ date: CivilDate) -> String? {
      let day = "\(date.day < 10 ? "0" : "")\(date.day)"
      let month = "\(date.month < 10 ? "0" : "")\(date.month)"
      if match.dayOnly { return "---" + day }
      switch match.precision {
      case .day: return "--\(month)-\(day)"
      case .tenDays, .month: return "--\(month)"
      default: return nil
      }
    }
    let first = match.open == .start ? nil : text(match.startDate)
    let last = match.open == .end ? nil : text(match.endDate)
    return (first, last == first ? nil : last)
  }
}
