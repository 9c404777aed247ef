import BeijiangModel
import Testing

/// Initiatives named without quotation marks, opened by a launch verb and closed by a head.
@Suite struct EntitiesCueHeadedInitiativeTests {
  static let cases: [InitiativeCase] = [
    InitiativeCase(
      rule: "a launch verb and a head", text: "自治区深入实施科技兴蒙行动,推动成果转化。",
      initiatives: ["科技兴蒙行动"]),
    InitiativeCase(
      rule: "a brand after 打造", text: "全盟着力打造北疆文化品牌,讲好草原故事。",
      initiatives: ["北疆文化品牌"]),
    InitiativeCase(
      rule: "a campaign after 深入推进", text: "今年将深入推进草原保护修复攻坚战,完成种草200万亩。",
      initiatives: ["草原保护修复攻坚战"]),
    InitiativeCase(
      rule: "a quoted name keeps its rule", text: "各级工会开展“我为职工办实事”实践活动。",
      initiatives: ["我为职工办实事"]),
    InitiativeCase(
      rule: "the complement 好 is not part of the name", text: "要实施好暖心惠民工程,让群众温暖过冬。",
      initiatives: ["暖心惠民工程"]),
    InitiativeCase(
      rule: "a year and a qualifier open the clause, not the name",
      text: "旗里开展2025年度职工技术创新活动,实施新一轮找矿突破行动。",
      initiatives: ["职工技术创新活动", "找矿突破行动"]),
    InitiativeCase(
      rule: "list members after 、", text: "全市启动清洁取暖示范区、老旧管网改造工程和燃气安全专项行动。",
      initiatives: ["清洁取暖示范区", "老旧管网改造工程"]),
    InitiativeCase(
      rule: "a head followed by more of its word is not a head there",
      text: "市里推进城市更新行动方案落地,实施供热管网工程建设。", initiatives: []),
    InitiativeCase(
      rule: "trap: a cue word alone", text: "各单位开展活动,制定工作计划,大家行动起来。", initiatives: []),
    InitiativeCase(
      rule: "trap: generic bodies", text: "社区开展志愿服务活动,组织开展植树活动,实施重大工程。",
      initiatives: []),
    InitiativeCase(
      rule: "trap: 的, 了 and counters break the body",
      text: "努力创建相关的4个示范工程,已实施了五期工程,开展两个专项行动。", initiatives: []),
    InitiativeCase(
      rule: "trap: a verb inside the stretch restarts it", text: "推进产业升级实施节能降碳行动。",
      initiatives: ["节能降碳行动"]),
  ]

  @Test(arguments: cases)
  func findsCueHeadedInitiatives(_ row: InitiativeCase) {
    let initiatives = EntityExtractor().extract(paragraphs: [row.text]).initiatives
    #expect(initiatives.map(\.name) == row.initiatives)
  }

  @Test func laterBareMentionsJoinTheName() {
    let initiatives = EntityExtractor().extract(paragraphs: ["全区实施科技兴蒙行动。", "科技兴蒙行动成效明显。"])
      .initiatives
    #expect(initiatives.map(\.name) == ["科技兴蒙行动"])
    #expect(initiatives.first?.mentions.map(\.paragraph) == [0, 1])
  }
}
