import Testing

@testable import BeijiangModel

/// Time expressions of the kind public expression suites collect, in composed news sentences
/// read against 2024-11-15: 十 alone as a month or day, ranges of months in Chinese numerals, and
/// the relative and part-of-year forms that were right and must stay so.
@Suite struct DatesExpressionTests {
  static let reference = CivilDate(iso: "2024-11-15")

  static func date(_ text: String, _ surface: String) -> DateMention? {
    MetricsExtractor(referenceDate: reference).extract(text).dates.first { $0.surface == surface }
  }

  @Test(arguments: [
    // 十 alone is ten as a month or a day.
    ("十月一日至七日，全区接待游客", "十月一日至七日", "2024-10-01", "2024-10-07"),
    ("今年一至十月，投资增长9.2%", "今年一至十月", "2024-01-01", "2024-10-31"),
    ("十月份，口岸进口煤炭三百万吨", "十月份", "2024-10-01", "2024-10-31"),
    ("2023年十月十日，项目开工", "2023年十月十日", "2023-10-10", "2023-10-10"),
    ("前十个月，全区税收收入增长", "前十个月", "2024-01-01", "2024-10-31"),
    ("农历十月初一，牧民举行祭祀活动", "农历十月初一", "2024-11-01", "2024-11-01"),
    // Right before, kept.
    ("2023年3月至5月，货运量回升", "2023年3月至5月", "2023-03-01", "2023-05-31"),
    ("前三季度，全区地区生产总值", "前三季度", "2024-01-01", "2024-09-30"),
    ("3月中旬，首批项目开工", "3月中旬", "2024-03-11", "2024-03-20"),
    ("本月底，二期工程将全面完工", "本月底", "2024-11-21", "2024-11-30"),
    ("去年下半年以来，煤炭价格回落", "去年下半年以来", "2023-07-01", "2024-11-15"),
    ("从今年1月到6月，口岸进口煤炭", "从今年1月到6月", "2024-01-01", "2024-06-30"),
    ("2023年12月至2024年2月，供暖期", "2023年12月至2024年2月", "2023-12-01", "2024-02-29"),
    ("二〇二四年十二月三十一日，项目通过验收", "二〇二四年十二月三十一日", "2024-12-31", "2024-12-31"),
    ("截至十一月底，全区已有七十个项目开工", "截至十一月底", nil, "2024-11-30"),
  ])
  func readsDates(text: String, surface: String, start: String?, end: String?) {
    let mention = Self.date(text, surface)
    #expect(mention != nil, "\(text)")
    #expect(mention?.startDate == start.flatMap(CivilDate.init(iso:)), "\(text)")
    #expect(mention?.endDate == end.flatMap(CivilDate.init(iso:)), "\(text)")
  }

  /// Durations, counts and ordinals are no dates; 十 of a count is no month.
  @Test(arguments: [
    "项目建设周期为5年", "该工程已经运行了三十年", "十个工程全面推进", "第十批示范项目", "十日谈读书会", "十年磨一剑",
  ])
  func notDates(text: String) {
    let dates = MetricsExtractor(referenceDate: Self.reference).extract(text).dates
    #expect(dates.isEmpty, "\(text): \(dates.map(\.surface))")
  }
}
