import Testing

@testable import BeijiangModel

/// Counted nouns with a threshold (亿元以上项目), modal verbs before a verb of reaching (能够达到), and
/// terms whose numeral is a rank, not a count (三次产业, 二次管网). Sentences composed for these tests.
@Suite struct ThresholdAndRankTests {
  @Test(
    arguments: [
      // A threshold inside the counted noun says which ones are counted.
      ("截至目前，全盟确定的218项亿元以上项目全部开工。", "218项", "亿元以上项目"),
      ("全旗有超过150家规模以上工业企业。", "超过150家", "规模以上工业企业"),
      ("全市年内新增43户限额以下商贸企业。", "43户", "限额以下商贸企业"),
      // A modal before the verb of reaching is no part of the topic.
      ("该项目年产值能够达到36.5亿元。", "36.5亿元", "年产值"),
      ("园区年营业收入有望突破120亿元。", "120亿元", "园区年营业收入"),
    ] as [(String, String, String)])
  func labels(text: String, surface: String, label: String) {
    #expect(FigureLabelTests.labels(text)[surface] == label, "\(FigureLabelTests.labels(text))")
  }

  /// A numeral that ranks (the three sectors, a network's second loop, primary energy) is no figure.
  @Test(
    arguments: [
      ("全盟三次产业结构调整为12.1∶40.2∶47.7。", "三次"),
      ("今年改造居民小区二次管网86公里。", "二次"),
      ("全区一次能源生产总量增长4.6%。", "一次"),
      ("对困难职工发放一次性补助资金。", "一次"),
      ("企业开启二次创业新征程。", "二次"),
    ] as [(String, String)])
  func ranksAreNoFigures(text: String, numeral: String) {
    #expect(FigureLabelTests.labels(text)[numeral] == nil, "\(FigureLabelTests.labels(text))")
  }
}
