import Testing

@testable import BeijiangModel

/// 当年, 同年, 次年, 当月, 次月, 当天, 次日: counted from the date the paragraph has just named.
@Suite struct DatesAnaphoraTests {
  static func dates(_ text: String, reference: String? = "2024-07-10") throws -> [DateMention] {
    let document = DocumentBuilder().build(
      try TextDecoder.decode(Array(text.utf8), name: "composed"), referenceDate: reference)
    return document.analysis.dates.map(\.date)
  }

  static let anchored: [(String, String, String?, String?)] = [
    ("1992年，高新区获批；当年，产值突破1亿元。", "当年", "1992-01-01", "1992-12-31"),
    ("1992年，高新区获批。次年，园区扩建。", "次年", "1993-01-01", "1993-12-31"),
    ("1959年，包钢一号高炉出铁；翌年，稀土厂建成。", "翌年", "1960-01-01", "1960-12-31"),
    ("1992年，高新区获批；同年10月，首批企业入驻。", "同年10月", "1992-10-01", "1992-10-31"),
    ("2023年11月，口岸通道开工；次月，首批货物通关。", "次月", "2023-12-01", "2023-12-31"),
    ("2020年2月，项目启动；当月下旬，设备进场。", "当月下旬", "2020-02-21", "2020-02-29"),
    ("1月5日开工，次日即完成浇筑。", "次日", "2024-01-06", "2024-01-06"),
    ("2023年12月31日，班列发车；次日，抵达满洲里口岸。", "次日", "2024-01-01", "2024-01-01"),
    ("5月16日，慰问组抵达苏木。当天，发放慰问金5万元。", "当天", "2024-05-16", "2024-05-16"),
    // A festival naming what a campaign is for is no day to count from (a year it still gives).
    ("12月3日，全旗元旦、春节送温暖活动启动。当天，走访困难职工20户。", "当天", "2023-12-03", "2023-12-03"),
    ("12月3日，元旦慰问组出发；次日，抵达嘎查。", "次日", "2023-12-04", "2023-12-04"),
    ("2024年元旦，新线开通；当年，客流突破百万。", "当年", "2024-01-01", "2024-12-31"),
    // No date before it in the paragraph: 当年 and 当天 speak of the reference's own time.
    ("当年，全旗新增造林10万亩。", "当年", "2024-01-01", "2024-12-31"),
    ("当天，全市供热管网全部启动。", "当天", "2024-07-10", "2024-07-10"),
  ]

  @Test(arguments: anchored)
  func countsFromTheDateBefore(text: String, surface: String, start: String?, end: String?) throws {
    let date = try Self.dates(text).first { $0.surface == surface }
    #expect(date?.startDate?.iso == start)
    #expect(date?.endDate?.iso == end)
  }

  /// 次年 with no date before it names no year a reader could tell: no date rather than a wrong one.
  @Test(arguments: ["次年，园区扩建。", "同月，首批企业入驻。", "翌日，抵达口岸。"])
  func withoutAnAntecedentItIsDropped(text: String) throws {
    #expect(try Self.dates(text).isEmpty)
  }

  /// Counted from a written year, the date is known even when the article's reference is not.
  @Test func aWrittenAntecedentNeedsNoReference() throws {
    let dates = try Self.dates("1992年，高新区获批；次年，园区扩建。", reference: nil)
    let next = dates.first { $0.surface == "次年" }
    #expect(next?.startDate?.iso == "1993-01-01")
    #expect(next?.resolvedAgainst == nil)
  }

  /// Words that hold the same characters without counting from a date.
  @Test(arguments: ["不同年龄段的牧民都参加了培训。", "相同日期的订单合并发货。", "每当天气转冷，供热站提前升温。"])
  func trapsAreNoDates(text: String) throws {
    #expect(try Self.dates(text).isEmpty)
  }
}
