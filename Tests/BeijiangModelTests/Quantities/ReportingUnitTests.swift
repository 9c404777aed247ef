import Testing

@testable import BeijiangModel

/// Units of energy and transport reporting, on sentences composed for these tests: coal equivalent
/// (吨标准煤, 吨标煤, 万吨标准煤) is one unit, so what it measures is the topic before it, not 标准煤;
/// 分 after 小时 is minutes.
@Suite struct ReportingUnitTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let surface: String
    let unit: String
    let baseValue: Double
    let label: String
    var testDescription: String { surface }
  }

  static let cases: [Case] = [
    Case(
      text: "全区一次能源生产总量达到6.4亿吨标准煤。", surface: "6.4亿吨标准煤", unit: "吨标准煤", baseValue: 6.4e11,
      label: "一次能源生产总量"),
    Case(
      text: "全区能源消费总量为2.3亿吨标准煤。", surface: "2.3亿吨标准煤", unit: "吨标准煤", baseValue: 2.3e11,
      label: "能源消费总量"),
    Case(text: "全年节能量达到12万吨标煤。", surface: "12万吨标煤", unit: "吨标准煤", baseValue: 1.2e8, label: "节能量"),
    Case(
      text: "单位产品综合能耗降至280千克标准煤。", surface: "280千克标准煤", unit: "千克标准煤", baseValue: 280,
      label: "单位产品综合能耗"),
  ]

  @Test(arguments: cases)
  func coalEquivalentIsOneUnit(_ example: Case) throws {
    let mention = try #require(
      MetricsFixtures.extractor.extract(example.text).quantities.first { $0.surface == example.surface })
    #expect(mention.unit == example.unit)
    #expect(mention.dimension == "energy")
    #expect(mention.baseUnit == "千克标准煤")
    #expect(abs((mention.baseValue ?? 0) - example.baseValue) < 1e-3 * example.baseValue)
    #expect((mention.subject ?? mention.counted) == example.label)
  }

  /// Electricity, containers and passengers were already units; kept so they stay whole.
  @Test(
    arguments: [
      ("全年发电量达到1200亿千瓦时。", "1200亿千瓦时", "千瓦时"),
      ("港区集装箱吞吐量完成35万标箱。", "35万标箱", "标箱"),
      ("口岸出入境旅客达到86万人次。", "86万人次", "人次"),
      ("全年完成造林120万亩。", "120万亩", "亩"),
    ] as [(String, String, String)])
  func knownUnitsStayWhole(text: String, surface: String, unit: String) {
    let mention = MetricsFixtures.extractor.extract(text).quantities.first { $0.surface == surface }
    #expect(mention?.unit == unit, "\(text)")
  }

  /// 分 after 小时 is the minutes of one duration; after 元 still the cents of one amount.
  @Test(
    arguments: [
      ("列车全程运行4小时30分。", "4小时30分", 4.5 / 24),
      ("抢修人员连续奋战2小时15分。", "2小时15分", 2.25 / 24),
    ] as [(String, String, Double)])
  func minutesAfterHours(text: String, surface: String, days: Double) throws {
    let mention = try #require(MetricsFixtures.extractor.extract(text).quantities.first)
    #expect(mention.surface == surface)
    #expect(mention.dimension == "time")
    #expect(abs((mention.baseValue ?? 0) - days) < 1e-9)
  }

  @Test func centsAfterYuanStayMoney() throws {
    let mention = try #require(MetricsFixtures.extractor.extract("每斤售价五元三分。").quantities.first)
    #expect(mention.surface == "五元三分")
    #expect(mention.dimension == "money")
  }
}
