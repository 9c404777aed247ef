import Testing

@testable import BeijiangModel

/// Festivals, seasons and lone days written without a year, and the reference-year rules that read
/// them, on composed articles whose dateline changes the answer.
@Suite struct DatesSeasonTests {
  static func dates(_ text: String) throws -> (reference: String?, dates: [String: String]) {
    let document = try DatesReferenceTests.build(text)
    var found: [String: String] = [:]
    for event in document.analysis.dates {
      found[event.date.surface] = [event.date.startDate?.iso ?? "?", event.date.endDate?.iso ?? "?"]
        .joined(separator: "…")
    }
    return (document.referenceDate, found)
  }

  static let festivals: [(String, String, String)] = [
    // December: the coming Spring Festival, but the May Day just past.
    (
      "送温暖活动启动\n发布时间：2024-12-20 10:00\n\n记者获悉，今冬各级工会将在春节期间走访困难职工。五一期间，劳模疗休养活动顺利开展。",
      "春节期间", "2025-01-29"
    ),
    (
      "送温暖活动启动\n发布时间：2024-12-20 10:00\n\n记者获悉，今冬各级工会将在春节期间走访困难职工。五一期间，劳模疗休养活动顺利开展。",
      "五一期间", "2024-05-01"
    ),
    // Mid-May: the May Day just past.
    ("疗休养活动结束\n发布时间：2024-05-14 09:00\n\n记者获悉，五一期间，全区劳模参加疗休养。", "五一期间", "2024-05-01"),
    // A year outside the festival table: Foundation's Chinese calendar (1996: 19 February).
    ("口岸开放纪事\n发布时间：2024-11-05 09:00\n\n记者获悉，1996年春节，口岸首次对外开放。", "1996年春节", "1996-02-19"),
  ]

  @Test(arguments: festivals)
  func aFestivalWithoutAYearIsTheOneMeant(text: String, surface: String, start: String) throws {
    let read = try Self.dates(text)
    #expect(read.dates[surface]?.hasPrefix(start) == true, "\(surface): \(read.dates[surface] ?? "missing")")
  }

  @Test func aLoneDayAfterTheReferenceDayIsLastMonths() throws {
    let text = "口岸运行平稳\n发布时间：2024-11-05 09:00\n\n记者从口岸获悉，14日，口岸迎来首趟班列。3日，货运量创新高。"
    let read = try Self.dates(text)
    #expect(read.dates["14日"] == "2024-10-14…2024-10-14")
    #expect(read.dates["3日"] == "2024-11-03…2024-11-03")
  }

  @Test func aPlannedDayStaysAhead() throws {
    let text = "推介会筹备就绪\n发布时间：2024-11-05 09:00\n\n记者从口岸获悉，推介会将于25日举行。"
    #expect(try Self.dates(text).dates["25日"] == "2024-11-25…2024-11-25")
  }

  @Test func nextSeasonsFestivalsInAWinterReportSpeakFromTheYearBefore() throws {
    let text = "# 暖心活动走进社区\n\n12月18日，市总工会启动2023年元旦、春节送温暖活动，慰问困难职工500户。"
    let read = try Self.dates(text)
    #expect(read.reference == "2022-12-18")
    #expect(read.dates["12月18日"] == "2022-12-18…2022-12-18")
  }

  @Test func theSameFestivalsInASpringReportVoteForTheirOwnYear() throws {
    let text = "# 送温暖活动总结\n\n3月8日，市总工会总结2023年元旦、春节送温暖活动，共慰问困难职工500户。"
    #expect(try Self.dates(text).reference == "2023-03-08")
  }

  @Test func aStartingPointRulesOutEarlierYears() throws {
    // The profile names 1993 and 1996, but speaks after 2019年底…以来: no year before 2019 is now,
    // and the start itself is no present: the year stays unknown rather than 1996.
    let text = "# 一位老党员的坚守\n\n1993年，他来到治沙站。1996年，他种下第一片林。自2019年底担任站长以来，他带领职工治沙3万亩。"
    #expect(try Self.dates(text).reference == nil)
  }

  @Test func aJanuaryAgencyDatelineOverLastYearsFiguresIsTheNextYear() throws {
    let text = "新华社呼和浩特1月12日电（记者 张某）记者从自治区统计局获悉，2022年，全区地区生产总值增长4.2%，粮食产量达到780亿斤。"
    #expect(try Self.dates(text).reference == "2023-01-12")
  }
}
