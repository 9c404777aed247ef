import BeijiangModel
import Testing

/// One entity kind of one composed sentence: what a careful reader lists, and what must never appear.
struct EntityTrapCase: CustomTestStringConvertible, Sendable {
  enum Kind: Sendable { case place, organization, person, reporter, initiative }
  let rule: String
  let kind: Kind
  let text: String
  let expected: [String]
  var testDescription: String { rule }

  /// The names of the case's kind the extractor finds in its text, in order.
  func found() -> [String] {
    let entities = EntityExtractor().extract(paragraphs: [text])
    switch kind {
    case .place: return entities.places.map(\.name)
    case .organization: return entities.organizations.map(\.canonical)
    case .person: return entities.people.filter { $0.role == .actor }.map(\.name)
    case .reporter: return entities.people.filter { $0.role == .reporter }.map(\.name)
    case .initiative: return entities.initiatives.map(\.name)
    }
  }
}

/// The traps of issue 14 on sentences composed for these tests: clause openers, dates and longer
/// words around names, titles in either order, credits, holidays in quotation marks.
@Suite struct EntitiesTrapsTests {
  static let cases: [EntityTrapCase] = [
    EntityTrapCase(
      rule: "a clause's tail before 市 is no place", kind: .place,
      text: "今年全市完成投资,占全市比重提高,拟上市企业增加。", expected: []),
    EntityTrapCase(
      rule: "旗 after a verb is no banner", kind: .place, text: "会上,他为参赛队代表授旗。", expected: []),
    EntityTrapCase(
      rule: "short banner names map to the full name", kind: .place,
      text: "阿旗、克旗和乌前旗的牧民来到西苏旗。",
      expected: ["阿鲁科尔沁旗", "克什克腾旗", "乌拉特前旗", "苏尼特右旗"]),
    EntityTrapCase(
      rule: "a real county that starts with 全", kind: .place, text: "来自安徽省全椒县的客商到访。",
      expected: ["安徽省", "全椒县"]),
    EntityTrapCase(
      rule: "numerals inside names", kind: .place, text: "二连浩特市和四子王旗的职工参加比赛。",
      expected: ["二连浩特市", "四子王旗"]),
    EntityTrapCase(
      rule: "a preposition before a body is not its start", kind: .organization,
      text: "按照乌兰察布市委部署,依托集宁区总工会开展培训。", expected: ["乌兰察布市委", "集宁区总工会"]),
    EntityTrapCase(
      rule: "a verb before a generic body leaves nothing", kind: .organization,
      text: "各地创建劳模创新工作室120个。", expected: []),
    EntityTrapCase(
      rule: "a suffix inside a longer word is none", kind: .organization,
      text: "全旗掀起二十大学习热潮,推进集团化办学。", expected: []),
    EntityTrapCase(
      rule: "a date before a name is not part of it", kind: .organization,
      text: "2024年包头稀土研究院发布新成果。", expected: ["包头稀土研究院"]),
    EntityTrapCase(
      rule: "a title and a name before 政府 are no body", kind: .organization,
      text: "盟长李海军作政府工作报告。", expected: []),
    EntityTrapCase(
      rule: "brackets stay inside the name", kind: .organization,
      text: "伊泰(集团)股份有限公司职工参加培训。", expected: ["伊泰(集团)股份有限公司"]),
    EntityTrapCase(
      rule: "a title before the name", kind: .person, text: "副市长张锐在会上强调,要抓好落实。",
      expected: ["张锐"]),
    EntityTrapCase(
      rule: "a title after the name", kind: .person, text: "会上,张锐市长表示,项目要快。",
      expected: ["张锐"]),
    EntityTrapCase(
      rule: "a body and a title before the name", kind: .person,
      text: "自治区党委书记孙绍骋深入兴安盟调研。", expected: ["孙绍骋"]),
    EntityTrapCase(
      rule: "credits are reporters, not actors", kind: .person,
      text: "新华社记者 贝赫 摄 通讯员 郭鹏杰", expected: []),
    EntityTrapCase(
      rule: "a picture credit is a credit word, not a name", kind: .reporter,
      text: "(记者 耿欣 图片 刘清羽)", expected: ["耿欣", "刘清羽"]),
    EntityTrapCase(
      rule: "a common word after a surname character is no person", kind: .person,
      text: "高质量发展离不开广大职工,周边牧民也来了。", expected: []),
    EntityTrapCase(
      rule: "a quoted holiday is a date", kind: .initiative,
      text: "今年“五一”期间,开展“两节”慰问,举办“技能强旗”活动。", expected: ["“技能强旗”活动"]),
  ]

  @Test(arguments: cases)
  func findsWhatAReaderLists(_ row: EntityTrapCase) {
    #expect(row.found() == row.expected, "\(row.text)")
  }

  /// Both title orders give the same person with both titles.
  @Test func titlesInEitherOrder() {
    let people = EntityExtractor().extract(paragraphs: ["副市长张锐在会上强调,要抓好落实。张锐市长还说,项目要快。"])
      .people
    #expect(people.map(\.name) == ["张锐"])
    #expect(Set(people.first?.titles ?? []) == ["副市长", "市长"])
  }

  /// Every league and city of Inner Mongolia resolves, and each banner lies within its league.
  @Test func bannersLieWithinTheirLeague() {
    let places = EntityExtractor().extract(paragraphs: ["锡林郭勒盟正蓝旗、阿拉善盟额济纳旗和乌海市海勃湾区。"])
      .places
    let within = Dictionary(uniqueKeysWithValues: places.map { ($0.name, $0.within) })
    #expect(within["正蓝旗"] == "锡林郭勒盟")
    #expect(within["额济纳旗"] == "阿拉善盟")
    #expect(within["海勃湾区"] == "乌海市")
    #expect(within["锡林郭勒盟"] == "内蒙古自治区")
  }
}
