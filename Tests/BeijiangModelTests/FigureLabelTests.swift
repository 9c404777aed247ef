import Testing

@testable import BeijiangModel

/// Labels of figures on sentences composed in the style of regional reporting: one phenomenon per
/// case, then mixed. A label is the noun phrase the figure measures, or nothing.
@Suite struct FigureLabelTests {
  static func labels(_ text: String) -> [String: String] {
    var result: [String: String] = [:]
    for mention in MetricsFixtures.extractor.extract(text).quantities {
      result[mention.surface] = mention.subject ?? mention.counted ?? ""
    }
    return result
  }

  @Test(
    arguments: [
      // A topic before a verb of reaching.
      ("该市集中供热面积覆盖全城4120万平方米。", "4120万平方米", "集中供热面积"),
      ("全旗牛羊肉就地转化率提高至76%。", "76%", "牛羊肉就地转化率"),
      ("6月份铁路口岸进出口货运量突破25万吨。", "25万吨", "铁路口岸进出口货运量"),
      ("目前全盟光伏企业达到36户。", "36户", "光伏企业"),
      // An action verb and its object; a counted noun after a counter.
      ("今年实施重点技改项目57项。", "57项", "重点技改项目"),
      ("海关验放过境货物612.4万吨。", "612.4万吨", "过境货物"),
      ("出台稳就业12项措施。", "12项", "措施"),
      // A measure before its noun, and 的 + noun.
      ("建成3.6万平方米标准化厂房。", "3.6万平方米", "标准化厂房"),
      ("建设300万千瓦风光储基地。", "300万千瓦", "风光储基地"),
      ("具备5.1万吨的稀土金属冶炼能力。", "5.1万吨", "稀土金属冶炼能力"),
      // No label rather than a wrong one.
      ("甘其毛都口岸仅用95天即突破千万吨。", "95天", ""),
      ("全区已有9个社区完成改造。", "9个", "社区"),
    ] as [(String, String, String)])
  func labelOfOneFigure(text: String, surface: String, label: String) {
    #expect(Self.labels(text)[surface] == label, "\(text)")
  }

  /// A change measures the figure before it; 分别 pairs figures in order.
  @Test func changesAndRespectiveLists() {
    let labels = Self.labels(
      "其中，进口煤炭1620.5万吨，同比增长31.4%；出入境旅客38.2万人次、集装箱4.6万标箱，同比分别增长52.3%、17.9%。")
    #expect(labels["1620.5万吨"] == "进口煤炭")
    #expect(labels["31.4%"] == "进口煤炭")
    #expect(labels["38.2万人次"] == "出入境旅客")
    #expect(labels["52.3%"] == "出入境旅客")
    #expect(labels["17.9%"] == "集装箱")
  }

  /// A composed paragraph mixing the patterns: every label is clean or empty, never a fragment.
  @Test func mixedParagraphHasNoFragments() {
    let text =
      "今年一季度，二连浩特口岸进出口货运量达到512.3万吨，同比增长18.2%。5月份，全市稀土产业实现产值96.4亿元，"
      + "新增就业岗位1.2万个。聂某某、李某某等23人受到表彰，规划建设了2座变电站，由每年800万吨降至每年300万吨。"
    let labels = Self.labels(text)
    #expect(labels["512.3万吨"] == "进出口货运量")
    #expect(labels["18.2%"] == "进出口货运量")
    #expect(labels["96.4亿元"] == "产值")
    #expect(labels["1.2万个"] == "就业岗位")
    #expect(labels["23人"] == "")
    for label in labels.values where !label.isEmpty {
      #expect(label.count >= 2 && label.count <= 12, "\(label)")
      #expect(!label.hasSuffix("了") && !label.hasPrefix("份") && !label.contains("…"), "\(label)")
    }
  }
}
