import Foundation
import Testing

@testable import BeijiangModel

@Suite struct DatesTests {
  private func dates(_ text: String, reference: String = "2024-04-18") -> [DateMention] {
    MetricsExtractor(referenceDate: CivilDate(iso: reference)!).extract(text).dates
  }

  @Test(
    arguments: [
      ("将2024年确定为诚信建设提升年", "2024年", "2024-01-01", "2024-12-31", DatePrecision.year),
      ("2023年10月，国务院印发", "2023年10月", "2023-10-01", "2023-10-31", .month),
      ("3月29日，张文斌团队", "3月29日", "2024-03-29", "2024-03-29", .day),
      ("2024年1月18日上午", "2024年1月18日", "2024-01-18", "2024-01-18", .day),
      ("4月9日至10日，一行深入", "4月9日至10日", "2024-04-09", "2024-04-10", .day),
      ("3月13日至20日", "3月13日至20日", "2024-03-13", "2024-03-20", .day),
      ("从2022年至2024年，连续3年", "从2022年至2024年", "2022-01-01", "2024-12-31", .year),
      ("去年7月至12月，组成调研组", "去年7月至12月", "2023-07-01", "2023-12-31", .month),
      ("2024年“两节”期间", "2024年“两节”期间", "2024-01-01", "2024-02-24", .day),
      ("今年1月18日", "今年1月18日", "2024-01-18", "2024-01-18", .day),
      ("今年以来", "今年以来", "2024-01-01", "2024-04-18", .year),
      ("去年全区", "去年", "2023-01-01", "2023-12-31", .year),
      ("明年将建成", "明年", "2025-01-01", "2025-12-31", .year),
      ("前年开工", "前年", "2022-01-01", "2022-12-31", .year),
      ("上半年完成投资", "上半年", "2024-01-01", "2024-06-30", .halfYear),
      ("下半年", "下半年", "2024-07-01", "2024-12-31", .halfYear),
      ("一季度增长", "一季度", "2024-01-01", "2024-03-31", .quarter),
      ("2023年第四季度", "2023年第四季度", "2023-10-01", "2023-12-31", .quarter),
      ("年初以来", "年初以来", "2024-01-01", "2024-04-18", .month),
      ("到年底", "年底", "2024-11-01", "2024-12-31", .month),
      ("去年年底", "去年年底", "2023-11-01", "2023-12-31", .month),
      ("在即将进入的炎夏季节", "炎夏季节", "2024-06-01", "2024-08-31", .season),
      ("冬季供暖", "冬季", "2024-12-01", "2025-02-28", .season),
      ("2024年度确定的任务", "2024年度", "2024-01-01", "2024-12-31", .year),
      ("二〇二三年", "二〇二三年", "2023-01-01", "2023-12-31", .year),
      // Without a year and months after the reference day (2024-04-18): a report's past, last year.
      ("十二月五日", "十二月五日", "2023-12-05", "2023-12-05", .day),
      ("2022至2024年", "2022至2024年", "2022-01-01", "2024-12-31", .year),
      ("从2023年至今", "从2023年至今", "2023-01-01", "2024-04-18", .year),
      ("12月至次年", "12月", "2023-12-01", "2023-12-31", .month),
      ("12月至次年3月，全区供暖", "12月至次年3月", "2023-12-01", "2024-03-31", .month),
      ("2019年10月至次年4月", "2019年10月至次年4月", "2019-10-01", "2020-04-30", .month),
      ("11月至2月", "11月至2月", "2023-11-01", "2024-02-29", .month),
      ("去年12月至今年2月，共接待游客", "去年12月至今年2月", "2023-12-01", "2024-02-29", .month),
      ("会议于2024-01-18召开", "2024-01-18", "2024-01-18", "2024-01-18", .day),
      ("明年一季度开工", "明年一季度", "2025-01-01", "2025-03-31", .quarter),
    ] as [(String, String, String, String, DatePrecision)])
  func resolvesDates(text: String, surface: String, start: String, end: String, precision: DatePrecision) {
    let found = dates(text).first { $0.surface == surface }
    #expect(found?.startDate?.iso == start, "\(surface)")
    #expect(found?.endDate?.iso == end, "\(surface)")
    #expect(found?.precision == precision, "\(surface)")
  }

  @Test(arguments: [
    "防沙治沙1500万亩以上", "2000万平方米的供热覆盖", "一时间，全区各级工会纷纷行动", "十一届七次全会", "40多年来",
    "运行3个月", "当前年轻人", "建成后年发电量30亿千瓦时", "2024.5万吨", "两节课", "连续3年", "1号文件",
  ])
  func findsNoDate(text: String) {
    #expect(dates(text).isEmpty, "\(dates(text).map(\.surface))")
  }

  @Test func invalidDayIsNotADay() {
    let found = dates("2月30日")
    #expect(found.allSatisfy { $0.precision != .day })
  }

  @Test func referenceDateOfTheSeed() {
    #expect(ReferenceDate.infer(from: MetricsFixtures.seed) == CivilDate(iso: "2024-04-18"))
  }

  @Test(arguments: [
    ("2023年全区完成造林。今年3月5日，召开大会。2023年度表彰。", "2023-03-05"),
    ("到2030年将建成。2025年全年完成投资，2025年6月1日启动，6月3日至5日验收。", "2025-06-05"),
    ("2026年将达到1000万。2021年完成。", "2021-12-31"),
    ("2022年与2023年各两次：2022年，2023年。", "2023-12-31"),
  ])
  func infersReferenceDates(text: String, expected: String) {
    #expect(ReferenceDate.infer(from: text)?.iso == expected)
  }

  @Test func aRepeatedParagraphCountsItsYearsOnceInADocument() throws {
    let repeated = "2023年，全区完成造林种草任务，新增治理面积超过一百万亩，成效显著。"
    let text = [
      "# 工作回顾", repeated, "2024年全区继续推进工程建设，重点项目陆续开工。", repeated,
      "2024年3月5日召开会议，部署全年工作任务。", repeated,
    ].joined(separator: "\n\n")
    let document = DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "repeats"))
    #expect(document.paragraphs.filter { $0.kind == .duplicate }.count == 2)
    #expect(document.referenceDate == "2024-03-05")
    // The plain-text rule has no structure, so it counts every copy: 2023 three times.
    #expect(ReferenceDate.infer(from: text)?.iso == "2023-12-31")
  }

  @Test func headingsCountTowardsTheReferenceYear() throws {
    // The body names 2021 twice and 2022 once; the heading's 2022 makes a tie, which the later
    // year wins.
    let text = "# 2022年工作回顾\n\n2021年完成造林任务，2021年底验收，2022年持续推进。"
    let document = DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "heading"))
    #expect(document.referenceDate == "2022-12-31")
  }

  @Test func noYearNoReference() {
    #expect(ReferenceDate.infer(from: "3月5日召开大会，今年完成任务。") == nil)
  }

  @Test func civilDateRoundTrips() throws {
    #expect(CivilDate(iso: "2024-02-29")?.iso == "2024-02-29")
    #expect(CivilDate(iso: "2023-02-29") == nil)
    #expect(CivilDate(iso: "2024-13-01") == nil)
    #expect(CivilDate(iso: "24-01-01") == nil)
    #expect(CivilDate(iso: "2024-01-02")! > CivilDate(iso: "2023-12-31")!)
    let date = try #require(CivilDate(iso: "2024-04-18"))
    let json = try JSONEncoder().encode([date])
    #expect(String(decoding: json, as: UTF8.self) == "[\"2024-04-18\"]")
    #expect(try JSONDecoder().decode([CivilDate].self, from: json) == [date])
  }

  @Test func festivalsFollowTheLunarTable() {
    let found = dates("2025年春节期间")
    #expect(found.first?.startDate?.iso == "2025-01-29")
    #expect(found.first?.endDate?.iso == "2025-02-04")
  }

  /// Festivals of the solar calendar, of the lunar one and the eve of the Spring Festival, with the
  /// year written, and 当天 / 当日 after a festival naming its own first day, not the whole holiday.
  @Test(
    arguments: [
      ("2025年除夕，边检站民警坚守岗位。", "2025年除夕", "2025-01-28"),
      ("2024年重阳节，社区为老人送去慰问品。", "2024年重阳节", "2024-10-11"),
      ("2024年三八妇女节，市总工会表彰女职工。", "2024年三八妇女节", "2024-03-08"),
      ("2023年植树节，全旗义务植树5万株。", "2023年植树节", "2023-03-12"),
      ("2024年教师节，全市表彰优秀教师。", "2024年教师节", "2024-09-10"),
      ("2024年八一建军节，慰问驻地官兵。", "2024年八一建军节", "2024-08-01"),
      ("2025年春节当天，全市供热平稳。", "2025年春节当天", "2025-01-29"),
      ("2024年国庆当日，口岸客流创新高。", "2024年国庆当日", "2024-10-01"),
      ("“五一”当天，劳模工作室照常开放。", "“五一”当天", "2024-05-01"),
    ])
  func festivalDays(text: String, surface: String, day: String) {
    let found = dates(text).first { $0.surface == surface }
    #expect(found?.startDate?.iso == day)
    #expect(found?.endDate?.iso == day)
  }

  /// Words that hold a festival's characters without naming it.
  @Test(arguments: ["电视台播出儿童节目。", "她被评为三八红旗手。"])
  func festivalTrapsAreNoDates(text: String) {
    #expect(dates(text).isEmpty)
  }
}
