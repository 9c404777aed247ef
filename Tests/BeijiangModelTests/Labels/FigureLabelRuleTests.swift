import Testing

@testable import BeijiangModel

/// The label rules added for statistical bulletins and project reports, on sentences composed for
/// these tests in their style: one rule per case, each with the label a careful reader writes, or
/// nothing when the text has no clean phrase for the figure.
@Suite struct FigureLabelRuleTests {
  static func label(_ text: String, _ surface: String) -> String? {
    FigureLabelTests.labels(text)[surface]
  }

  @Test(
    arguments: [
      // 增加值 is a noun, not the verb 增加; an ordinal before it is part of the name.
      ("全盟第二产业增加值512亿元，增长6.2%。", "512亿元", "第二产业增加值"),
      ("全盟第二产业增加值512亿元，增长6.2%。", "6.2%", "第二产业增加值"),
      ("全旗规模以上工业增加值增速为8.6%。", "8.6%", "规模以上工业增加值增速"),
      ("五大优势产业实现工业增加值88.2亿元。", "88.2亿元", "工业增加值"),
      // A comparison ends the topic (比上年, 较去年): what follows compares, it does not name.
      ("全年居民消费价格比上年上涨1.2%。", "1.2%", "居民消费价格"),
      ("全市工业生产者出厂价格比上年下降3.5%。", "3.5%", "工业生产者出厂价格"),
      ("出港货物比重比进港货物高2.3个百分点。", "2.3个百分点", "出港货物比重"),
      // 上涨 and 降低 are verbs of reaching like 下降.
      ("分类别看，衣着类上涨0.8%、食品类下降1.1%。", "0.8%", "衣着类"),
      // A rate's change in points measures the rate; a share's does not measure its base.
      ("常住人口城镇化率为71.2%，比上年末提高0.6个百分点。", "0.6个百分点", "常住人口城镇化率"),
      ("新能源发电量占全盟发电量的41%，同比提高5个百分点。", "5个百分点", ""),
      // A generic object keeps its verb: 新增就业, not 就业.
      ("全年城镇新增就业3.2万人。", "3.2万人", "城镇新增就业"),
      // The last of a list of nouns names only part of what is counted.
      ("共受理来电、来信、网络留言2816件。", "2816件", ""),
      // 的 + a noun cut by a figure or a Latin name is not whole: the verb before names the measure.
      ("投资36亿元的某某30万吨甲醇项目开工。", "36亿元", "投资"),
      // A counter's noun: a verb opening it is part of it; counter characters alone are not a noun.
      ("今年开工8个新建项目。", "8个", "新建项目"),
      ("创造了2000余个就业岗位。", "2000余个", "就业岗位"),
      ("出入境交通工具为12.5万列辆架次。", "12.5万列", "出入境交通工具"),
      // A counter before a noun that is no clean phrase: no label from the words before the counter.
      ("全市组织12个社区同步举行春季义务植树和环境卫生整治活动。", "12个", ""),
      // A from-to pair after a date: both figures measure the topic before 由.
      ("森林覆盖率由2015年的18.2%提高到23.5%。", "18.2%", "森林覆盖率"),
      ("森林覆盖率由2015年的18.2%提高到23.5%。", "23.5%", "森林覆盖率"),
      // A topic too long for a label keeps what follows its last stop word.
      ("某某河铁路口岸累计进出口货物量达到120万吨。", "120万吨", "进出口货物量"),
      // A title's end is the name's own: 约 of 公约 is not the qualifier 约.
      ("据介绍，《某某自治区企业诚信公约》共17条。", "17条", "某某自治区企业诚信公约"),
      // Latin capitals name what is measured.
      ("2024年，全市GDP达到3210.5亿元。", "3210.5亿元", "GDP"),
      // 相当于 introduces an equivalent, it is not part of the noun.
      ("相当于节约标准煤36万吨。", "36万吨", "节约标准煤"),
    ] as [(String, String, String)])
  func labelOfOneRule(text: String, surface: String, label: String) {
    #expect(Self.label(text, surface) == label, "\(text)")
  }

  /// 分别 with a shared noun before it: every figure after it takes that noun.
  @Test func respectiveWithSharedNoun() {
    let labels = FigureLabelTests.labels("第一、二、三产业对经济增长的贡献率分别为5.1%、52.6%和42.3%。")
    #expect(labels["5.1%"] == "贡献率")
    #expect(labels["52.6%"] == "贡献率")
    #expect(labels["42.3%"] == "贡献率")
  }

  /// 分别 after a list whose short items share the head noun of the last (内、外贸吞吐量).
  @Test func respectiveWithSharedHead() {
    let trade = FigureLabelTests.labels("其中内、外贸吞吐量分别增长4.6%和1.9%。")
    #expect(trade["4.6%"] == "内贸吞吐量")
    #expect(trade["1.9%"] == "外贸吞吐量")
    let freight = FigureLabelTests.labels("其中铁路、公路、民航货运量同比分别增长3.1%、2.2%和9.8%。")
    #expect(freight["3.1%"] == "铁路货运量")
    #expect(freight["2.2%"] == "公路货运量")
    #expect(freight["9.8%"] == "民航货运量")
  }
}
