import Testing

@testable import BeijiangModel

/// Numerals that are not figures: idioms with 一, ordinals, names and codes, years.
@Suite struct QuantityTrapsTests {
  @Test(arguments: [
    "这是繁忙的一天", "一年中最忙的时候", "坚守在生产一线", "推进区域一体化", "一时间，各方纷纷响应", "第22个全国节能宣传周",
    "第七届职工技能大赛", "阿荣山1328驿站", "沿G7高速行驶", "拨打12345热线", "深入四子王旗", "二连浩特口岸", "“三北”工程",
    "一方面加强监管", "统一部署", "经过一番努力", "五大任务", "十一、完善机制", "（十二）加强保障", "十五大报告", "一次性补助",
    "几乎没有", "八点三十分开会", "折合人民币", "打折促销", "成员单位", "一天天好起来", "“五个一”工程",
  ])
  func findsNoFigure(text: String) {
    let found = MetricsFixtures.quantities(text)
    #expect(found.isEmpty, "\(text): \(found.map(\.surface))")
  }

  @Test(arguments: [
    ("2024年产量创新高", "2024年"), ("40多年来坚持", "40多年"),
  ])
  func yearsAreDatesAndSpansAreDurations(text: String, surface: String) {
    let metrics = MetricsFixtures.extractor.extract(text)
    if surface.hasSuffix("多年") {
      #expect(metrics.quantities.first?.surface == surface)
      #expect(metrics.quantities.first?.dimension == "time")
    } else {
      #expect(metrics.quantities.isEmpty)
      #expect(metrics.dates.first?.surface == surface)
    }
  }

  /// A century is a place in time, not an amount: 21世纪 and 二十一世纪 are the same ordinal.
  @Test(arguments: ["进入21世纪以来", "二十一世纪之初"])
  func centuriesAreOrdinals(text: String) {
    let metrics = MetricsFixtures.extractor.extract(text)
    #expect(metrics.quantities.isEmpty, "\(metrics.quantities.map(\.surface))")
    #expect(metrics.ordinals.map(\.kind) == ["century"])
    #expect(metrics.ordinals.first?.value == 21)
  }

  @Test func codesAreOrdinals() {
    let ordinals = MetricsFixtures.extractor.extract("拨打12345热线，到达1328驿站").ordinals
    #expect(ordinals.map(\.kind) == ["code", "station"])
  }
}
