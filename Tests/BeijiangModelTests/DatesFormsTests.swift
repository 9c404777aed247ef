import Testing

@testable import BeijiangModel

/// Every date form against reference dates that change the answer. Each row: text, reference date
/// (nil = unknown), the surface, its first and last day (nil = open or unknown), precision, and the
/// partial form kept when the year is unknown.
@Suite struct DatesFormsTests {
  struct Row: Sendable, CustomTestStringConvertible {
    let text: String
    let reference: String?
    let surface: String
    let start: String?
    let end: String?
    let precision: DatePrecision
    var partial: String? = nil
    var open: DateOpenSide? = nil
    var role: DateRole? = nil
    var testDescription: String { "\(text) @ \(reference ?? "unknown")" }
  }

  static func found(_ row: Row) -> DateMention? {
    let reference = row.reference.flatMap(CivilDate.init(iso:))
    return MetricsExtractor(referenceDate: reference).extract(row.text).dates.first {
      $0.surface == row.surface
    }
  }

  static let absolute: [Row] = [
    Row(
      text: "二零零四年八月十五，大桥通车", reference: nil, surface: "二零零四年八月十五", start: "2004-08-15",
      end: "2004-08-15", precision: .day),
    Row(
      text: "2004年八月十五家企业参加", reference: nil, surface: "2004年八月", start: "2004-08-01",
      end: "2004-08-31", precision: .month),
    Row(
      text: "2024年6月16日开幕", reference: nil, surface: "2024年6月16日", start: "2024-06-16", end: "2024-06-16",
      precision: .day),
    Row(
      text: "二零零四年八月十五日成立", reference: nil, surface: "二零零四年八月十五日", start: "2004-08-15", end: "2004-08-15",
      precision: .day),
    Row(
      text: "二〇二四年是关键一年", reference: nil, surface: "二〇二四年", start: "2024-01-01", end: "2024-12-31",
      precision: .year),
    Row(
      text: "2010.01.29开通", reference: nil, surface: "2010.01.29", start: "2010-01-29", end: "2010-01-29",
      precision: .day),
    Row(
      text: "2010/1/29开通", reference: nil, surface: "2010/1/29", start: "2010-01-29", end: "2010-01-29",
      precision: .day),
    Row(
      text: "于2008 年建成", reference: nil, surface: "2008 年", start: "2008-01-01", end: "2008-12-31",
      precision: .year),
    Row(
      text: "2月29日召开", reference: "2024-04-18", surface: "2月29日", start: "2024-02-29", end: "2024-02-29",
      precision: .day),
    Row(
      text: "2月29日召开", reference: "2023-04-18", surface: "2月", start: "2023-02-01", end: "2023-02-28",
      precision: .month),
    Row(
      text: "2月29日召开", reference: nil, surface: "2月29日", start: nil, end: nil, precision: .day,
      partial: "--02-29"),
    Row(
      text: "7月28日验收", reference: nil, surface: "7月28日", start: nil, end: nil, precision: .day,
      partial: "--07-28"),
    Row(
      text: "代表团16日抵达", reference: "2024-06-20", surface: "16日", start: "2024-06-16", end: "2024-06-16",
      precision: .day),
    Row(
      text: "代表团16日抵达", reference: nil, surface: "16日", start: nil, end: nil, precision: .day,
      partial: "---16"),
    Row(
      text: "3月上旬完成", reference: "2024-04-18", surface: "3月上旬", start: "2024-03-01", end: "2024-03-10",
      precision: .tenDays),
    Row(
      text: "2月下旬完成", reference: "2024-04-18", surface: "2月下旬", start: "2024-02-21", end: "2024-02-29",
      precision: .tenDays),
    Row(
      text: "6月底前完成", reference: "2024-04-18", surface: "6月底前", start: nil, end: "2024-06-30",
      precision: .tenDays, open: .start),
    Row(
      text: "“五一”期间客流", reference: "2024-04-18", surface: "“五一”期间", start: "2024-05-01", end: "2024-05-05",
      precision: .day),
    Row(
      text: "2024年中秋节", reference: nil, surface: "2024年中秋节", start: "2024-09-17", end: "2024-09-17",
      precision: .day),
    Row(
      text: "农历八月十五团聚", reference: "2023-04-18", surface: "农历八月十五", start: "2023-09-29", end: "2023-09-29",
      precision: .day),
  ]

  static let relative: [Row] = [
    Row(
      text: "昨天召开", reference: "2024-03-01", surface: "昨天", start: "2024-02-29", end: "2024-02-29",
      precision: .day),
    Row(
      text: "明日开幕", reference: "2024-12-31", surface: "明日", start: "2025-01-01", end: "2025-01-01",
      precision: .day),
    Row(
      text: "前天抵达", reference: "2024-04-18", surface: "前天", start: "2024-04-16", end: "2024-04-16",
      precision: .day),
    Row(
      text: "前年完成", reference: "2024-04-18", surface: "前年", start: "2022-01-01", end: "2022-12-31",
      precision: .year),
    Row(
      text: "上月召开", reference: "2024-01-15", surface: "上月", start: "2023-12-01", end: "2023-12-31",
      precision: .month),
    Row(
      text: "上个月召开", reference: "2024-03-31", surface: "上个月", start: "2024-02-01", end: "2024-02-29",
      precision: .month),
    Row(
      text: "下周一开幕", reference: "2024-06-16", surface: "下周一", start: "2024-06-17", end: "2024-06-17",
      precision: .day),
    Row(
      text: "上周三举行", reference: "2024-06-16", surface: "上周三", start: "2024-06-05", end: "2024-06-05",
      precision: .day),
    Row(
      text: "本周五举行", reference: "2024-06-17", surface: "本周五", start: "2024-06-21", end: "2024-06-21",
      precision: .day),
    Row(
      text: "本周，全区", reference: "2024-06-19", surface: "本周", start: "2024-06-17", end: "2024-06-23",
      precision: .week),
    Row(
      text: "星期天休息", reference: "2024-06-19", surface: "星期天", start: "2024-06-23", end: "2024-06-23",
      precision: .day),
    Row(
      text: "3天前发布", reference: "2024-03-02", surface: "3天前", start: "2024-02-28", end: "2024-02-28",
      precision: .day),
    Row(
      text: "10年前这里", reference: "2024-04-18", surface: "10年前", start: "2014-01-01", end: "2014-12-31",
      precision: .year),
    Row(
      text: "近5年来", reference: "2024-04-18", surface: "近5年来", start: "2019-04-19", end: "2024-04-18",
      precision: .year),
    Row(
      text: "本月下旬，工程开工", reference: "2024-06-20", surface: "本月下旬", start: "2024-06-21",
      end: "2024-06-30", precision: .tenDays),
    Row(
      text: "上月底完成", reference: "2024-03-10", surface: "上月底", start: "2024-02-21", end: "2024-02-29",
      precision: .tenDays),
    Row(
      text: "过去十年，稀土产业", reference: "2024-04-18", surface: "过去十年", start: "2014-04-19",
      end: "2024-04-18", precision: .year),
    Row(
      text: "20年来，当地治沙", reference: "2024-04-18", surface: "20年来", start: "2004-04-19", end: "2024-04-18",
      precision: .year),
    Row(
      text: "工作24年来，他", reference: "2024-04-18", surface: "24年来", start: "2000-04-19", end: "2024-04-18",
      precision: .year),
    Row(
      text: "3个月以来，口岸", reference: "2024-04-18", surface: "3个月以来", start: "2024-01-19",
      end: "2024-04-18", precision: .month),
    Row(
      text: "十年前，这里", reference: "2024-04-18", surface: "十年前", start: "2014-01-01", end: "2014-12-31",
      precision: .year),
    Row(
      text: "开年以来，口岸", reference: "2024-04-18", surface: "开年以来", start: "2024-01-01", end: "2024-04-18",
      precision: .month),
    Row(
      text: "春节前，各地", reference: "2024-04-18", surface: "春节前", start: nil, end: "2024-02-09",
      precision: .day, open: .start),
    Row(
      text: "前5个月，全区", reference: "2024-06-16", surface: "前5个月", start: "2024-01-01", end: "2024-05-31",
      precision: .month),
    Row(
      text: "前3个月，全区", reference: "2024-02-10", surface: "前3个月", start: "2023-01-01", end: "2023-03-31",
      precision: .month),
    Row(
      text: "今年前5个月", reference: "2024-02-10", surface: "今年前5个月", start: "2024-01-01", end: "2024-05-31",
      precision: .month),
    Row(
      text: "2024年前三季度", reference: nil, surface: "2024年前三季度", start: "2024-01-01", end: "2024-09-30",
      precision: .quarter),
    Row(
      text: "去年同期", reference: "2024-04-18", surface: "去年同期", start: "2023-01-01", end: "2023-12-31",
      precision: .year),
    Row(
      text: "前5个月，出口比去年同期增长", reference: "2024-06-16", surface: "去年同期", start: "2023-01-01",
      end: "2023-05-31", precision: .month),
    Row(
      text: "2024年2月，销量比上年同期增长", reference: "2024-06-16", surface: "上年同期", start: "2023-02-01",
      end: "2023-02-28", precision: .month),
    Row(
      text: "2025年2月，销量比上年同期增长", reference: "2025-06-16", surface: "上年同期", start: "2024-02-01",
      end: "2024-02-29", precision: .month),
    Row(
      text: "一季度，全区进出口。其中出口比去年同期增长", reference: "2024-06-16", surface: "去年同期",
      start: "2023-01-01", end: "2023-03-31", precision: .quarter),
    Row(
      text: "自2018年以来，出口比去年同期增长", reference: "2024-04-18", surface: "去年同期", start: "2023-01-01",
      end: "2023-12-31", precision: .year),
    Row(text: "今年以来", reference: nil, surface: "今年以来", start: nil, end: nil, precision: .year, open: .end),
    Row(text: "近日，记者", reference: "2024-04-18", surface: "近日", start: nil, end: nil, precision: .vague),
    Row(text: "截至目前，全区", reference: "2024-04-18", surface: "截至目前", start: nil, end: nil, precision: .vague),
  ]

  static let ranges: [Row] = [
    Row(
      text: "2016——2020年，全区", reference: nil, surface: "2016——2020年", start: "2016-01-01", end: "2020-12-31",
      precision: .year),
    Row(
      text: "今年1-10月，全区", reference: "2024-11-19", surface: "今年1-10月", start: "2024-01-01", end: "2024-10-31",
      precision: .month),
    Row(
      text: "1—7月份，全区", reference: "2007-08-20", surface: "1—7月份", start: "2007-01-01", end: "2007-07-31",
      precision: .month),
    Row(
      text: "5月14日，口岸", reference: "2026-01-15", surface: "5月14日", start: "2025-05-14", end: "2025-05-14",
      precision: .day),
    Row(
      text: "将于5月14日开幕", reference: "2026-01-15", surface: "5月14日", start: "2026-05-14", end: "2026-05-14",
      precision: .day, role: .target),
    Row(
      text: "2016年中欧班列", reference: nil, surface: "2016年", start: "2016-01-01", end: "2016-12-31",
      precision: .year),
    Row(
      text: "2023年12月—2024年2月", reference: nil, surface: "2023年12月—2024年2月", start: "2023-12-01",
      end: "2024-02-29", precision: .month),
    Row(
      text: "1995-1997年", reference: nil, surface: "1995-1997年", start: "1995-01-01", end: "1997-12-31",
      precision: .year),
    Row(
      text: "自2018年以来", reference: "2024-04-18", surface: "自2018年以来", start: "2018-01-01", end: "2024-04-18",
      precision: .year),
    Row(
      text: "自2018年以来", reference: nil, surface: "自2018年以来", start: "2018-01-01", end: nil, precision: .year,
      open: .end),
    Row(
      text: "2018年起实施", reference: nil, surface: "2018年起", start: "2018-01-01", end: nil, precision: .year,
      open: .end),
    Row(
      text: "2023/9/1起施行", reference: nil, surface: "2023/9/1起", start: "2023-09-01", end: nil,
      precision: .day, open: .end),
    Row(
      text: "截至2024年6月12日", reference: nil, surface: "截至2024年6月12日", start: nil, end: "2024-06-12",
      precision: .day, open: .start),
    Row(
      text: "截至2023年底", reference: "2024-04-18", surface: "截至2023年底", start: nil, end: "2023-12-31",
      precision: .month, open: .start),
    Row(
      text: "2018年以前", reference: nil, surface: "2018年以前", start: nil, end: "2018-12-31", precision: .year,
      open: .start),
    Row(
      text: "计划2025年8月底前完工", reference: "2024-04-18", surface: "2025年8月底前", start: nil, end: "2025-08-31",
      precision: .tenDays, open: .start, role: .target),
    Row(
      text: "预计后年年底前完工", reference: "2024-04-18", surface: "后年年底前", start: nil, end: "2026-12-31",
      precision: .month, open: .start, role: .target),
    Row(
      text: "到2027年，覆盖", reference: "2024-04-18", surface: "2027年", start: "2027-01-01", end: "2027-12-31",
      precision: .year, role: .target),
    Row(
      text: "到2023年底，全区", reference: "2024-04-18", surface: "2023年底", start: "2023-11-01", end: "2023-12-31",
      precision: .month),
    Row(
      text: "“十四五”期间", reference: nil, surface: "“十四五”期间", start: "2021-01-01", end: "2025-12-31",
      precision: .year),
    Row(
      text: "十三五时期", reference: nil, surface: "十三五时期", start: "2016-01-01", end: "2020-12-31",
      precision: .year),
    Row(
      text: "20世纪30年代", reference: nil, surface: "20世纪30年代", start: "1930-01-01", end: "1939-12-31",
      precision: .decade),
    Row(
      text: "上世纪八十年代", reference: nil, surface: "上世纪八十年代", start: "1980-01-01", end: "1989-12-31",
      precision: .decade),
    Row(
      text: "80年代，这里", reference: nil, surface: "80年代", start: "1980-01-01", end: "1989-12-31",
      precision: .decade),
  ]

  @Test(arguments: absolute + relative + ranges)
  func readsTheForm(_ row: Row) throws {
    let date = try #require(Self.found(row), "no \(row.surface) in \(row.text)")
    #expect(date.startDate?.iso == row.start)
    #expect(date.endDate?.iso == row.end)
    #expect(date.precision == row.precision)
    #expect(date.partialStart == row.partial)
    #expect(date.open == row.open)
    #expect(date.role == row.role)
  }
}
