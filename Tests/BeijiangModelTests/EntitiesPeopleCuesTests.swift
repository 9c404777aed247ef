import BeijiangModel
import Testing

/// People from lists of names, action verbs, report headers and bracketed credits; articles composed
/// for these tests.
@Suite struct EntitiesPeopleCuesTests {
  static let cases: [PeopleCase] = [
    PeopleCase(
      rule: "a list of names after one title", text: "副主席甄华、刘凤云等参加活动。",
      people: ["甄华": ["副主席"], "刘凤云": []]),
    PeopleCase(
      rule: "a listed name before an action verb", text: "总工会副主席李静、王建平受委托颁奖。",
      people: ["李静": ["副主席"], "王建平": []]),
    PeopleCase(
      rule: "a report verb after a titled name", text: "自治区主席王莉霞作政府工作报告。",
      people: ["王莉霞": ["自治区主席"]]),
    PeopleCase(
      rule: "a report verb is enough by itself", text: "大会开幕,马文斌作工作报告。", people: ["马文斌": []]),
    PeopleCase(
      rule: "a speech verb is enough by itself", text: "张海峰指出,要守住安全底线。", people: ["张海峰": []]),
    PeopleCase(
      rule: "an action verb after a titled name", text: "会上,盟长赵立新在讲话中作部署。",
      people: ["赵立新": ["盟长"]]),
    PeopleCase(
      rule: "an action verb needs a title", text: "高原在夏季迎来游客。", people: [:]),
    PeopleCase(
      rule: "a header sets the title apart by a space", text: "自治区主席 李红梅", people: ["李红梅": ["自治区主席"]]),
    PeopleCase(
      rule: "an adverb of manner before 说", text: "那么,教授刘海滨怎么说?", people: ["刘海滨": ["教授"]]),
    PeopleCase(
      rule: "a common word before a verb of saying is no name", text: "居民们高兴地告诉记者,暖气热了。",
      people: [:]),
    PeopleCase(
      rule: "a company's name is an organisation, not a person", text: "华为表示,将在呼和浩特建设数据中心。",
      people: [:]),
  ]

  @Test(arguments: cases)
  func findsPeople(_ row: PeopleCase) {
    let people = EntityExtractor().extract(paragraphs: [row.text]).people
    #expect(Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0.titles) }) == row.people)
  }

  @Test(
    arguments: [
      (["项目年底投产。(赵文静)"], ["赵文静"]),
      (["新华网呼和浩特5月8日电(孙海涛)记者从自治区发展改革委获悉。"], ["孙海涛"]),
      (["包头市总工会副主席王晓(右)为工作室授牌。"], []),
      (["截至目前已签约项目46个。(记者 刘向平 实习生 贾婷)"], ["刘向平", "贾婷"]),
    ] as [([String], [String])])
  func bracketedNamesAreReporters(paragraphs: [String], reporters: [String]) {
    let people = EntityExtractor().extract(paragraphs: paragraphs).people
    #expect(people.filter { $0.role == .reporter }.map(\.name) == reporters)
  }

  @Test func companyNameIsAnOrganization() {
    let organizations = EntityExtractor().extract(paragraphs: ["华为表示,将扩大投资。"]).organizations
    #expect(organizations.map(\.canonical) == ["华为技术有限公司"])
  }
}
