import BeijiangModel
import Testing

/// One rule of the people finder per row: a sentence and the people (name and titles) it must give.
struct PeopleCase: CustomTestStringConvertible, Sendable {
  let rule: String
  let text: String
  let people: [String: [String]]
  var testDescription: String { rule }
}

@Suite struct EntitiesPeopleTests {
  static let cases: [PeopleCase] = [
    PeopleCase(
      rule: "title before, punctuation after", text: "盟委书记李明华,盟长赵志刚出席会议。",
      people: ["李明华": ["盟委书记"], "赵志刚": ["盟长"]]),
    PeopleCase(
      rule: "title chain shares its body", text: "包头市总工会党组书记、副主席刘建国一行来到车间。",
      people: ["刘建国": ["包头市总工会党组书记", "包头市总工会副主席"]]),
    PeopleCase(
      rule: "verb of saying after the name", text: "会上,马晓燕表示,要把好事办好。", people: ["马晓燕": []]),
    PeopleCase(
      rule: "strong cue after the name", text: "胡振东团队攻克了一项难题。", people: ["胡振东": []]),
    PeopleCase(
      rule: "two-character name before an adverb and a verb", text: "全国劳动模范韩梅这样总结经验。",
      people: ["韩梅": ["全国劳动模范"]]),
    PeopleCase(
      rule: "enclosure gives the group's title",
      text: "评选出包括周海波在内的3名北疆工匠。", people: ["周海波": ["北疆工匠"]]),
    PeopleCase(
      rule: "title after the name", text: "深入学习习近平总书记重要讲话精神。",
      people: ["习近平": ["总书记"]]),
    PeopleCase(
      rule: "non-Han name from two patterns",
      text: "看望慰问护边员额尔敦。额尔敦和他的妻子守边二十年。",
      people: ["额尔敦": ["护边员"]]),
    PeopleCase(
      rule: "non-Han name needs two patterns", text: "看望慰问护边员额尔敦。", people: [:]),
    PeopleCase(
      rule: "non-Han name between a title and a verb of saying",
      text: "牧民乌云其其格说:“日子越过越好了。”", people: ["乌云其其格": ["牧民"]]),
    PeopleCase(
      rule: "title before and a family cue after", text: "环卫工人刘桂兰一家过上了好日子。",
      people: ["刘桂兰": ["环卫工人"]]),
    PeopleCase(
      rule: "a stopword inside a name", text: "有关负责同志出席会议,职工们纷纷表示支持。", people: [:]),
    PeopleCase(
      rule: "stopwords are never names",
      text: "大力弘扬劳模精神,荣获全国奖项,广泛开展竞赛,常态化送温暖走访慰问,高度关注民生。",
      people: [:]),
    PeopleCase(
      rule: "a surname inside a title starts no name", text: "全国劳模模范李强说,要讲诚信。",
      people: ["李强": ["全国劳模模范"]]),
    PeopleCase(
      rule: "common words before strong cues",
      text: "高校团队参与攻关,周边群众说变化大,安全生产团队表示确保安全,总经理介绍说产值增长。", people: [:]),
    PeopleCase(
      rule: "no name without context", text: "王府井大街上人来人往,张灯结彩。", people: [:]),
  ]

  @Test(arguments: cases)
  func findsPeople(_ row: PeopleCase) {
    let people = EntityExtractor().extract(paragraphs: [row.text]).people
    #expect(Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0.titles) }) == row.people)
  }

  @Test func onePersonManyMentionsAcrossParagraphs() {
    let paragraphs = [
      "自治区总工会副主席杨立新一行深入企业调研。",
      "杨立新指出,要关心职工生活。",
      "随后,杨立新来到班组。",
    ]
    let people = EntityExtractor().extract(paragraphs: paragraphs).people
    #expect(people.count == 1)
    #expect(people.first?.mentions.map(\.paragraph) == [0, 1, 2])
    #expect(people.first?.titles == ["自治区总工会副主席"])
  }

  @Test func bareMentionIsFoundOnceTheNameIsKnown() {
    let paragraphs = ["苏和平在会上发言。", "工程师苏和平说:“我们有信心。”"]
    let people = EntityExtractor().extract(paragraphs: paragraphs).people
    #expect(people.map(\.name) == ["苏和平"])
    #expect(people.first?.mentions.count == 2)
  }
}
