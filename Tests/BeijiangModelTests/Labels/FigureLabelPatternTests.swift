import Testing

@testable import BeijiangModel

/// The label of a figure, one pattern of reporting at a time, on sentences composed for these
/// tests. A label is the noun phrase the figure measures as the text writes it, or nothing.
@Suite struct FigureLabelPatternTests {
  static func label(_ text: String, _ surface: String) -> String? {
    FigureLabelTests.labels(text)[surface]
  }

  @Test(
    arguments: [
      // 的 + noun, never cut inside a word that starts like a stop word (中心).
      ("该园区建成2.4万平方米的冷链仓储中心。", "2.4万平方米", "冷链仓储中心"),
      ("今年全区完成防沙治沙的面积有850万亩。", "850万亩", "防沙治沙的面积"),
      // A topic before a verb of reaching, without the adverbs and filler around it.
      ("全盟新能源装机规模达到860万千瓦。", "860万千瓦", "新能源装机规模"),
      ("该口岸煤炭进口量首次突破2000万吨。", "2000万吨", "煤炭进口量"),
      ("全旗农牧民人均可支配收入年均增长8.1%。", "8.1%", "农牧民人均可支配收入"),
      ("研发投入强度达到1.6%。", "1.6%", "研发投入强度"),
      ("经满洲里口岸入境中欧班列720列。", "720列", "入境中欧班列"),
      // N + counter + noun, and a self-counting counter before a noun it still counts.
      ("今年新培育19户科技领军企业。", "19户", "科技领军企业"),
      ("走访两个县。", "两个", "县"),
      // A measure before its noun.
      ("新建5.6万平方米标准化厂房。", "5.6万平方米", "标准化厂房"),
      // An action verb and its object; a generic object keeps the words before it.
      ("全区科技投入资金41亿元。", "41亿元", "科技投入资金"),
      ("项目建成后可增加供热能力1200万平方米。", "1200万平方米", "供热能力"),
      // A verb that names the measure, with the noun it ends.
      ("一季度完成工业固定资产投资366亿元。", "366亿元", "工业固定资产投资"),
      ("该项目总投资12亿元，占地300亩。", "12亿元", "总投资"),
      ("该项目总投资12亿元，占地300亩。", "300亩", "占地"),
      ("开复工45项，开复工率61%。", "61%", "开复工率"),
      // Examples closed by 等 are not what is counted.
      ("项目建成后可入驻电子、服装等创新创业企业30家。", "30家", "创新创业企业"),
      // A headline's space ends a clause.
      ("口岸货运量突破500万吨 返程重箱率达95%", "95%", "返程重箱率"),
    ] as [(String, String, String)])
  func labelOfOnePattern(text: String, surface: String, label: String) {
    #expect(Self.label(text, surface) == label, "\(text)")
  }

  /// List heads and members: each member its own label; a figure in a second unit counts the same.
  @Test func listMembers() {
    let labels = FigureLabelTests.labels("其中进口煤炭812万吨、出口货物36.5万吨；今年开行中欧班列386列、4.1万标箱。")
    #expect(labels["812万吨"] == "进口煤炭")
    #expect(labels["36.5万吨"] == "出口货物")
    #expect(labels["386列"] == "中欧班列")
    #expect(labels["4.1万标箱"] == "中欧班列")
  }

  /// The subject of a change is the figure before it, across a comparison year.
  @Test func changeAgainstAYear() {
    let labels = FigureLabelTests.labels("全市旅游收入达到86亿元，较2020年增长39%。")
    #expect(labels["86亿元"] == "旅游收入")
    #expect(labels["39%"] == "旅游收入")
  }

  /// 分别 lists: items before 分别 pair in order with the figures after it; an item that only
  /// modifies the head of the next (荒漠化 of 荒漠化和沙化土地面积) labels nothing on its own.
  @Test func respectiveSubjects() {
    let labels = FigureLabelTests.labels("森林覆盖率、草原植被盖度分别达到23.5%和46%。")
    #expect(labels["23.5%"] == "森林覆盖率")
    #expect(labels["46%"] == "草原植被盖度")
    let shared = FigureLabelTests.labels("荒漠化和沙化土地面积分别减少600万亩和150万亩。")
    #expect(shared["150万亩"] == "沙化土地面积")
    #expect(shared["600万亩"] != "荒漠化")
  }

  /// 占…的N%: a share of the figure before it, or of the topic before its 占.
  @Test func shares() {
    #expect(Self.label("稀土资源储量3500万吨，占全国总量的80%。", "80%") == "稀土资源储量")
    let power = FigureLabelTests.labels("风电发电量占全区发电量的12%，占全社会用电量18%。")
    #expect(power["12%"] == "风电发电量")
    #expect(power["18%"] == "风电发电量")
    #expect(Self.label("装备制造业投资占全区工业投资的38%。", "38%") == "装备制造业投资")
    // The base is the level, not a change or a difference in points between them.
    let investment = FigureLabelTests.labels(
      "全区完成工业投资520亿元，同比增长9%，高于全国平均增速0.5个百分点，占全区固定资产投资的60%。")
    #expect(investment["9%"] == "工业投资")
    #expect(investment["60%"] == "工业投资")
    // A share's change in points does not measure the share's base.
    #expect(Self.label("装备制造业投资占全区工业投资的38%，比去年同期回落2个百分点。", "2个百分点") == "")
  }

  /// Traps: numerals in names, spans of time, verbs of going, a counter's tail, a place alone.
  @Test(
    arguments: [
      ("四子王旗新增光伏装机45万千瓦。", "45万千瓦", "光伏装机"),
      ("二连浩特口岸进出口货运量达到1850万吨。", "1850万吨", "进出口货运量"),
      ("“三北”工程累计完成营造林320万亩。", "320万亩", "营造林"),
      ("连续5年高标准推进作风建设。", "5年", ""),
      ("自治区领导深入12盟市调研。", "12盟市", ""),
      ("出入境车辆3200辆次，同比增长12%。", "3200辆", "出入境车辆"),
      ("出入境车辆3200辆次，同比增长12%。", "12%", "出入境车辆"),
      ("草原建设2600多万亩。", "2600多万亩", "草原建设"),
    ] as [(String, String, String)])
  func traps(text: String, surface: String, label: String) {
    #expect(Self.label(text, surface) == label, "\(text)")
  }
}
