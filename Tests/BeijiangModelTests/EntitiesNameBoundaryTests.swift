import BeijiangModel
import Testing

/// Where a place or an organisation begins: words that stand before a name in real reports (an
/// adjective, a verb, a pronoun, an adverb of time) are no part of it, and a ministry named alone
/// is a body. Sentences composed for these tests, one trap each; the words are in
/// `boundary-words.json` and the ministries in `organizations.json` `knownBodies`.
/// One sentence and the names (people, places or organisations) found in it.
struct NameRow: CustomTestStringConvertible, Sendable {
  let rule: String
  let text: String
  let names: Set<String>
  var testDescription: String { rule }
}

@Suite struct EntitiesNameBoundaryTests {
  static let cases: [NameRow] = [
    NameRow(rule: "an adjective before 沙漠", text: "播种机穿梭于茫茫沙漠,发出阵阵轰鸣。", names: []),
    NameRow(rule: "a verb before 沙地", text: "光伏支架扎根沙地,板间种上了灌木。", names: []),
    NameRow(rule: "a pronoun before 嘎查", text: "多年来,咱们嘎查的牧民日子越过越好。", names: []),
    NameRow(rule: "撤盟设市 is an act, not a city", text: "这座城市撤盟设市以来发展很快。", names: []),
    NameRow(rule: "an adverb before 撤盟建市", text: "鄂尔多斯2001年刚刚撤盟建市。", names: ["鄂尔多斯市"]),
    NameRow(rule: "下一步 before a ministry", text: "下一步,商务部将会同有关部门出台措施。", names: ["商务部"]),
    NameRow(
      rule: "ministries by their short names", text: "科技部、工信部和财政部联合印发通知。",
      names: ["科学技术部", "工业和信息化部", "财政部"]),
    NameRow(
      rule: "促进 inside a body's own name",
      text: "中国国际贸易促进委员会内蒙古自治区委员会举办了推介会。",
      names: ["中国国际贸易促进委员会内蒙古自治区委员会", "中国", "内蒙古自治区"]),
  ]

  @Test(arguments: cases)
  func namesBeginWhereTheNameBegins(_ row: NameRow) {
    let found = EntityExtractor().extract(paragraphs: [row.text])
    let names = found.places.map(\.name) + found.organizations.map(\.canonical)
    #expect(Set(names) == row.names)
  }
}
