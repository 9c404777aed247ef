import BeijiangModel
import Testing

struct InitiativeCase: CustomTestStringConvertible, Sendable {
  let rule: String
  let text: String
  let initiatives: [String]
  var testDescription: String { rule }
}

@Suite struct EntitiesInitiativeTests {
  static let cases: [InitiativeCase] = [
    InitiativeCase(
      rule: "quoted phrase ending in a programme head", text: "全盟将今年定为“营商环境优化年”。",
      initiatives: ["营商环境优化年"]),
    InitiativeCase(
      rule: "quoted phrase followed by a programme noun", text: "深入实施“十百千”工程,组织“技能强旗”活动。",
      initiatives: ["“十百千”工程", "“技能强旗”活动"]),
    InitiativeCase(
      rule: "quoted phrase after a launch verb", text: "各地开展“劳模工匠进课堂”宣讲。",
      initiatives: ["劳模工匠进课堂"]),
    InitiativeCase(
      rule: "a slogan only with a programme noun", text: "围绕“学技术、比贡献”开展竞赛,推进“学技能、强本领”行动。",
      initiatives: ["“学技能、强本领”行动"]),
    InitiativeCase(
      rule: "scare quotes are not initiatives", text: "当好职工“娘家人”,破解“卡脖子”难题,荣获“一等”奖。",
      initiatives: []),
    InitiativeCase(
      rule: "unquoted mentions once the name is known", text: "实施“暖心工程”,暖心工程覆盖全旗。",
      initiatives: ["暖心工程"]),
  ]

  @Test(arguments: cases)
  func findsInitiatives(_ row: InitiativeCase) {
    let initiatives = EntityExtractor().extract(paragraphs: [row.text]).initiatives
    #expect(initiatives.map(\.name) == row.initiatives)
  }

  @Test func unquotedMentionCounts() {
    let initiatives = EntityExtractor().extract(paragraphs: ["实施“暖心工程”。", "暖心工程覆盖全旗。"])
      .initiatives
    #expect(initiatives.first?.mentions.map(\.paragraph) == [0, 1])
  }
}
