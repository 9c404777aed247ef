import Testing

@testable import BeijiangModel

/// The reference date of whole articles, composed in the style of regional reporting: datelines in
/// each style, front matter, a history piece, and an article with no year at all.
@Suite struct DatesReferenceTests {
  static func build(_ text: String, referenceDate: String? = nil) throws -> Document {
    DocumentBuilder().build(
      try TextDecoder.decode(Array(text.utf8), name: "composed"), referenceDate: referenceDate)
  }

  static let datelined: [(String, String, ReferenceSource)] = [
    (
      "全区冬季供暖平稳运行\n发布时间：2024-11-30 20:16 来源：自治区住建厅\n\n今年入冬以来，全区新增集中供热面积1200万平方米。10月28日，呼和浩特市提前启动供热。",
      "2024-11-30", .dateline
    ),
    (
      "口岸货运量再创新高\n\n2024年6月19日 09:30 来源：内蒙古日报\n\n2019年，口岸货运量首次突破1亿吨。今年前5个月，货运量同比增长12%。",
      "2024-06-19", .dateline
    ),
    (
      "自治区召开生态建设推进会\n\n会议要求，各盟市要在2025年底前完成治理任务。\n\n（2024年3月5日）",
      "2024-03-05", .dateline
    ),
    (
      "新华社呼和浩特6月16日电（记者 王某）记者从自治区林草局获悉，2024年以来，全区完成造林种草面积1800万亩，2023年同期为1500万亩。",
      "2024-06-16", .dateline
    ),
    (
      "本网讯 1月10日电 据海关统计，2016年全年验放班列166列；2016年9月起实现对开。",
      "2017-01-10", .dateline
    ),
    (
      "---\ntitle: 草原生态保护\ndate: 2024-06-19\ntags: [生态]\n---\n\n# 草原生态保护\n\n2021年以来，全区草原综合植被盖度稳步提高。",
      "2024-06-19", .frontMatter
    ),
  ]

  @Test(arguments: datelined)
  func readsTheDateline(text: String, expected: String, source: ReferenceSource) throws {
    let document = try Self.build(text)
    #expect(document.referenceDate == expected)
    #expect(document.reference.source == source)
  }

  @Test func aHistoryPieceSpeaksFromItsAnniversary() throws {
    let text = """
      # 稀土之路

      1927年，地质学者在白云鄂博发现铁矿。1959年，包头钢铁公司一号高炉出铁。1992年，邓小平同志指出“中东有石油，中国有稀土”。

      今年是新中国成立75周年，包头稀土产业产值较上年增长。今年1月18日，稀土新材料项目开工。
      """
    let document = try Self.build(text)
    #expect(document.referenceDate == "2024-01-18")
    #expect(document.reference.source == .inferred)
    let opening = document.analysis.dates.first { $0.date.surface == "今年1月18日" }
    #expect(opening?.date.startDate?.iso == "2024-01-18")
  }

  @Test func anArticleWithNoYearInventsNone() throws {
    let text = """
      # 牧区送温暖

      7月28日，旗总工会走访慰问困难牧民。今年以来，全旗已发放慰问金50万元。16日上午，慰问组抵达苏木。上月，全旗召开动员会。
      """
    let document = try Self.build(text)
    #expect(document.referenceDate == nil)
    #expect(document.reference.source == .unknown)
    let dates = document.analysis.dates.map(\.date)
    #expect(!dates.isEmpty)
    #expect(dates.allSatisfy { $0.startDate == nil && $0.endDate == nil && $0.resolvedAgainst == nil })
    #expect(dates.first { $0.surface == "7月28日" }?.partialStart == "--07-28")
    #expect(dates.first { $0.surface == "16日" }?.partialStart == "---16")
    let brief = BriefBuilder().build([document], options: BriefOptions(top: 3, language: .zh))
    let labels = brief.documents.flatMap(\.projects).flatMap(\.events).map(\.date)
    #expect(labels.allSatisfy { !$0.contains("1970") && !$0.contains("4000") })
  }

  @Test func theOptionOverridesTheText() throws {
    let document = try Self.build("发布时间：2024-11-30 20:16\n\n今年完成任务。", referenceDate: "2023-05-01")
    #expect(document.referenceDate == "2023-05-01")
    #expect(document.reference.source == .option)
    #expect(document.analysis.dates.first { $0.date.surface == "今年" }?.date.startDate?.iso == "2023-01-01")
  }

  @Test func aTimelineListsUnknownYearsAfterTheDated() {
    func mention(_ surface: String, _ start: Int, _ day: String?) -> DateMention {
      let date = day.flatMap(CivilDate.init(iso:))
      return DateMention(
        surface: surface, start: start, end: start + 2, startDate: date, endDate: date, precision: .day)
    }
    let sorted = [
      mention("a", 0, nil), mention("b", 5, "2024-03-01"), mention("c", 9, nil),
      mention("d", 12, "2023-01-01"),
    ]
    .sorted(by: DateMention.timelineOrder)
    #expect(sorted.map(\.surface) == ["d", "b", "a", "c"])
  }
}
