import BeijiangModel
import Testing

/// Common words that begin with a surname character and stand where a name would (before a verb of
/// saying, after a title, before an action): none of them is a person. Sentences composed for these
/// tests in the style of real reports, one trap each; the words are in `name-stopwords.json`.
@Suite struct EntitiesPeopleCommonWordsTests {
  static let cases: [NameRow] = [
    NameRow(
      rule: "全会 before a verb of saying", text: "党的十一届三中全会指出,要把工作重点转到经济建设上来。",
      names: []),
    NameRow(
      rule: "解释 as the verb of saying, the speaker has a title", text: "牧民巴特尔解释说,这些牛吃的是天然牧草。",
      names: ["巴特尔"]),
    NameRow(
      rule: "多次 after a title", text: "总书记多次强调,要筑牢北方重要生态安全屏障。", names: []),
    NameRow(
      rule: "人员 at the end of a longer noun", text: "请市政协委员和其他列席人员提出意见。", names: []),
    NameRow(
      rule: "管委会 before a title", text: "高新区管委会主任王兵对企业表示感谢,管委会主任王兵及管委会领导班子参加。", names: ["王兵"]),
    NameRow(
      rule: "边走边 after a titled name is an action, not part of it",
      text: "站长刘建国边走边介绍,这片林子是十年前栽下的。", names: ["刘建国"]),
  ]

  @Test(arguments: cases)
  func commonWordsAreNoNames(_ row: NameRow) {
    let people = EntityExtractor().extract(paragraphs: [row.text]).people
    #expect(Set(people.map(\.name)) == row.names)
  }
}
