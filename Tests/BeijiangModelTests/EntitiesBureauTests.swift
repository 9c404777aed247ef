import BeijiangModel
import Testing

/// Bureaus, departments, ministries and news agencies as reports name them; generic counts of
/// workshops and words ending in 局 are no names. Composed sentences in the style of reports.
@Suite struct EntitiesBureauTests {
  static let cases: [OrganizationCase] = [
    OrganizationCase(
      rule: "a city's bureau of commerce", text: "乌兰察布市工商局联合有关部门开展专项检查。",
      organizations: ["乌兰察布市工商局"]),
    OrganizationCase(
      rule: "a numeral inside the banner's name", text: "四子王旗能源局负责人介绍,全旗一线职工坚守岗位。",
      organizations: ["四子王旗能源局"]),
    OrganizationCase(
      rule: "a region's energy bureau", text: "记者从内蒙古自治区能源局获悉,装机规模持续扩大。",
      organizations: ["内蒙古自治区能源局"]),
    OrganizationCase(
      rule: "a short form of the region with a department", text: "内蒙古工信厅近日印发稀土产业发展方案。",
      organizations: ["内蒙古工信厅"]),
    OrganizationCase(
      rule: "a national forestry bureau", text: "国家林草局有关负责人介绍了三北工程进展。",
      organizations: ["国家林草局"]),
    OrganizationCase(
      rule: "news agencies", text: "中新网二连浩特6月3日电 中新社记者从口岸获悉,货运量持续增长。",
      organizations: ["中新网", "中新社"]),
    OrganizationCase(
      rule: "words ending in 局 are no bureau", text: "新能源产业格局正在形成,各地布局一批项目,开局良好。",
      organizations: []),
    OrganizationCase(
      rule: "a province's count of workshops is no name", text: "全省创新工作室已建百余家,省级劳模工作室新增20家。",
      organizations: []),
  ]

  @Test(arguments: cases)
  func findsBureaus(_ row: OrganizationCase) {
    let organizations = EntityExtractor().extract(paragraphs: [row.text]).organizations
    #expect(organizations.map(\.canonical) == row.organizations)
  }

  @Test(
    arguments: [
      ("全国4个直辖市和二连浩特市都已参与。", ["二连浩特市"]),
      ("从具体口岸看,满洲里口岸增长最快。", ["满洲里口岸"]),
      ("有关镇街道要落实责任,四子王旗已经部署。", ["四子王旗"]),
    ])
  func noPlaceFromFunctionWords(text: String, places: [String]) {
    let found = EntityExtractor().extract(paragraphs: [text]).places.map(\.name)
    #expect(found == places, "\(text): \(found)")
  }
}
