/// The entry types of the relative, open and period vocabulary in `Data/dates.json`.
extension DateLexicon {
  /// A word that moves the reference date by whole units: 昨天 (−1 day), 上月, 下周.
  struct Offset: Decodable, Sendable {
    let word: String
    let offset: Int
    let notAfter: [String]?
    /// 当天, 次日, 当月: counted from the date the text has just named (`DateAnaphora`).
    let anaphoric: Bool?
    /// 当天 with no date before it is the reference day, as 今天 is.
    let aloneIsReference: Bool?
  }

  /// A part of a month after N月: 上旬 (1–10), 下旬, 底 (21 to the month's end).
  struct MonthPart: Decodable, Sendable {
    let word: String
    let start: Int
    let end: Int
  }

  enum CountUnit: String, Decodable, Sendable { case day, week, month, year }

  /// 天, 个月, 年 after a count: 3天前, 5年后, 近5年.
  struct CountedUnit: Decodable, Sendable {
    let word: String
    let unit: CountUnit
  }

  /// 前 / 后 after a counted span: 3天前 is three days before the reference date.
  struct AgoWord: Decodable, Sendable {
    let word: String
    let sign: Int
  }

  enum SpanDirection: String, Decodable, Sendable { case past, future, yearStart }

  /// 近 / 过去 / 未来 / 前 before a counted span: 近5年, 未来3年, 前5个月 (from January).
  struct SpanPrefix: Decodable, Sendable {
    let word: String
    let direction: SpanDirection
  }

  /// 20世纪, 上世纪: the first year of the century a decade (30年代) falls in.
  struct Century: Decodable, Sendable {
    let word: String
    let start: Int
  }

  /// A five-year plan period: 十四五 is 2021–2025.
  struct Plan: Decodable, Sendable {
    let word: String
    let start: Int
    let end: Int
  }

  enum OpenKind: String, Decodable, Sendable { case untilReference, openEnd, openStart }

  /// 以来, 起, 以前 after a date: the range it opens.
  struct OpenSuffix: Decodable, Sendable {
    let word: String
    let kind: OpenKind
  }
}
