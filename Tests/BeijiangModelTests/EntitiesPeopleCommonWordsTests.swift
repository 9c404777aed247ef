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
      rule: "解释 as the verb of saying, the speaker has a title", text: "牧民巴特尔解释说,冬天的草料要提前备足。",
      names: ["巴特尔"]),
    NameRow(
      rule: "多次 after a title", text: "总书记多次强调,要筑牢北方重要生态安全屏障。", names: []),
    NameRow(
      rule: "人员 at the end of a longer noun", text: "会后,部分列席人员提出了几点看法。", names: []),
    NameRow(
      rule: "管委会 before a title", text: "高新区管委会主任赵海生介绍了园区规划,管委会主任赵海生和管委会班子成员陪同。", names: ["赵海生"]),
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
