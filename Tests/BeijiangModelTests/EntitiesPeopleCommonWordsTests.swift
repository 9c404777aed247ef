import BeijiangModel
import Testing

/// Common words that begin with a surname character and stand where a name would (before a verb of
/// saying, after a title, before an action): none of them is a person. Sentences composed for these
/// tests in the style of real reports, one trap each; the words are in `name-stopwords.json`.
@Suite struct EntitiesPeopleCommonWordsTests {
  struct Row: CustomTestStringConvertible, Sendable {
    let rule: String
    let text: String
    let people: Set<String>
    var testDescription: String { rule }
  }

  static let cases: [Row] = [
    Row(
      rule: "全会 before a verb of saying", text: "党的十一届三中全会指出,要把工作重点转到经济建设上来。",
      people: []),
    Row(
      rule: "解释 as the verb of saying, the speaker has a title", text: "牧民巴特尔解释说,这些牛吃的是天然牧草。",
      people: ["巴特尔"]),
    Row(
      rule: "多次 after a title", text: "总书记多次强调,要筑牢北方重要生态安全屏障。", people: []),
    Row(
      rule: "人员 at the end of a longer noun", text: "请市政协委员和其他列席人员提出意见。", people: []),
    Row(
      rule: "管委会 before a title", text: "高新区管委会主任王兵对企业表示感谢,管委会主任王兵及管委会领导班子参加。", people: ["王兵"]),
    Row(
      rule: "边走边 after a titled name is an action, not part of it",
      text: "站长刘建国边走边介绍,这片林子是十年前栽下的。", people: ["刘建国"]),
  ]

  @Test(arguments: cases)
  func commonWordsAreNoNames(_ row: Row) {
    let people = EntityExtractor().extract(paragraphs: [row.text]).people
    #expect(Set(people.map(\.name)) == row.people)
  }
}
