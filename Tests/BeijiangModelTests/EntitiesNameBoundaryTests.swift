import BeijiangModel
import Testing

/// Where a place or an organisation begins: words that stand before a name in real reports (an
/// adjective, a verb, a pronoun, an adverb of time) are no part of it, and a ministry named alone
/// is a body. Sentences composed for these tests, one trap each; the words are in
/// `boundary-words.json` (its `nameOpeners` are words such as 经济 that open a name part although
/// their first character is a boundary word), the ministries in `organizations.json` `knownBodies`
/// and the departments in its `suffixes`.
/// One sentence and the names (people, places or organisations) found in it.
struct NameRow: CustomTestStringConvertible, Sendable {
  let rule: String
  let text: String
  let names: Set<String>
  var testDescription: String { rule }
}

@Suite struct EntitiesNameBoundaryTests {
  static let cases: [NameRow] = [
    NameRow(rule: "an adjective before 沙漠", text: "植树队伍走进茫茫沙漠,一干就是一整天。", names: []),
    NameRow(rule: "a verb before 沙地", text: "这些沙柳扎根沙地,三年就能连成片。", names: []),
    NameRow(rule: "a pronoun before 嘎查", text: "老支书说,咱们嘎查今年新修了两条路。", names: []),
    NameRow(rule: "撤盟设市 is an act, not a city", text: "这座城市撤盟设市以来发展很快。", names: []),
    NameRow(rule: "an adverb before 撤盟建市", text: "那一年鄂尔多斯刚刚撤盟建市,城区还很小。", names: ["鄂尔多斯市"]),
    NameRow(rule: "下一步 before a ministry", text: "下一步,商务部将会同有关部门出台措施。", names: ["商务部"]),
    NameRow(
      rule: "ministries by their short names", text: "科技部、工信部和财政部联合印发通知。",
      names: ["科学技术部", "工业和信息化部", "财政部"]),
    NameRow(
      rule: "促进 inside a body's own name",
      text: "中国国际贸易促进委员会内蒙古自治区委员会举办了推介会。",
      names: ["中国国际贸易促进委员会内蒙古自治区委员会", "中国", "内蒙古自治区"]),
    NameRow(
      rule: "经济 opens a name part after 数字", text: "昨天,市数字经济发展协会召开了第二次会员大会。",
      names: ["市数字经济发展协会"]),
    NameRow(
      rule: "经济 opens a name part after a level", text: "旗经济开发区管委会今年新引进项目十余个。",
      names: ["旗经济开发区管委会"]),
    NameRow(
      rule: "自然 and 为民 open name parts",
      text: "镇为民服务中心与市自然资源局联合办理了登记手续。",
      names: ["镇为民服务中心", "市自然资源局"]),
    NameRow(
      rule: "对 stays a boundary before an ordinary word", text: "对协会成员进行了培训。", names: []),
    NameRow(
      rule: "a city's departments by their full names",
      text: "包头市商务局、赤峰市教育局和通辽市民政局共同发布通知。",
      names: ["包头市商务局", "赤峰市教育局", "通辽市民政局", "包头市", "赤峰市", "通辽市"]),
    NameRow(
      rule: "a department after a one-character level",
      text: "会上,市财政局和区审计局通报了检查结果。", names: ["市财政局", "区审计局"]),
    NameRow(
      rule: "an autonomous region's department",
      text: "自治区经济和信息化厅组织企业参加了博览会。", names: ["自治区经济和信息化厅"]),
  ]

  @Test(arguments: cases)
  func namesBeginWhereTheNameBegins(_ row: NameRow) {
    let found = EntityExtractor().extract(paragraphs: [row.text])
    let names = found.places.map(\.name) + found.organizations.map(\.canonical)
    #expect(Set(names) == row.names)
  }
}
