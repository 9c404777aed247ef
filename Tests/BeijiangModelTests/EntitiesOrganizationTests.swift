import BeijiangModel
import Testing

struct OrganizationCase: CustomTestStringConvertible, Sendable {
  let rule: String
  let text: String
  let organizations: [String]
  var testDescription: String { rule }
}

@Suite struct EntitiesOrganizationTests {
  static let cases: [OrganizationCase] = [
    OrganizationCase(
      rule: "longest name over nested suffixes", text: "记者走进赤峰瑞丰新能源集团有限公司生产车间。",
      organizations: ["赤峰瑞丰新能源集团有限公司"]),
    OrganizationCase(
      rule: "brackets inside a name", text: "在通辽市,华电(通辽)热电有限公司正在检修。",
      organizations: ["华电(通辽)热电有限公司"]),
    OrganizationCase(
      rule: "a verb never starts a name", text: "慰问组来到乌海金石热电厂和海南变电站。",
      organizations: ["乌海金石热电厂", "海南变电站"]),
    OrganizationCase(
      rule: "a conjunction inside a name is kept", text: "我们参观了包头天和永磁材料有限公司。",
      organizations: ["包头天和永磁材料有限公司"]),
    OrganizationCase(
      rule: "place-anchored union; a county committee's department", text: "托克托县总工会联合县委组织部开展活动。",
      organizations: ["托克托县总工会", "县委组织部"]),
    OrganizationCase(
      rule: "generic bodies are not names", text: "各级工会和企业工会要发挥作用,建设职工创新工作室。",
      organizations: []),
    OrganizationCase(
      rule: "common noun 工会 needs an anchor", text: "为职工送去工会的温暖,不辜负党委、政府的信任。",
      organizations: []),
    OrganizationCase(
      rule: "brackets and branches", text: "内蒙古电力(集团)有限责任公司和中国移动内蒙古分公司联合举办技能大赛。",
      organizations: ["内蒙古电力(集团)有限责任公司", "中国移动内蒙古分公司"]),
    OrganizationCase(
      rule: "a verb before a company name", text: "他后调入包钢集团工作。", organizations: ["包钢集团"]),
    OrganizationCase(
      rule: "known bodies", text: "国务院印发意见,中华全国总工会作出部署。",
      organizations: ["国务院", "中华全国总工会"]),
    OrganizationCase(
      rule: "border inspection station with a place", text: "深入满洲里市出入境边防检查站调研。",
      organizations: ["满洲里市出入境边防检查站"]),
    OrganizationCase(
      rule: "an alliance of workshops is the longer name", text: "自治区职工创新工作室联盟近日成立。",
      organizations: ["自治区职工创新工作室联盟"]),
    OrganizationCase(
      rule: "customs and bureaus with a place", text: "呼和浩特海关联合鄂尔多斯市应急管理局开展检查。",
      organizations: ["呼和浩特海关", "鄂尔多斯市应急管理局"]),
    OrganizationCase(
      rule: "a department with a long name", text: "内蒙古自治区林业和草原局介绍了治沙进展。",
      organizations: ["内蒙古自治区林业和草原局"]),
    OrganizationCase(
      rule: "an alliance without an anchor is a common noun", text: "各地组建产业联盟，推动上下游协同。",
      organizations: []),
  ]

  @Test(arguments: cases)
  func findsOrganizations(_ row: OrganizationCase) {
    let organizations = EntityExtractor().extract(paragraphs: [row.text]).organizations
    #expect(organizations.map(\.canonical) == row.organizations)
  }

  @Test func shortFormJoinsItsFullForm() {
    let paragraphs = ["《内蒙古自治区总工会关于做好慰问工作的通知》印发。", "自治区总工会高度重视。"]
    let organizations = EntityExtractor().extract(paragraphs: paragraphs).organizations
    #expect(organizations.map(\.canonical) == ["内蒙古自治区总工会"])
    #expect(organizations.first?.aliases == ["自治区总工会"])
    #expect(organizations.first?.mentions.count == 2)
  }

  @Test func knownBodyAliasJoinsItsCanonicalName() {
    let organizations = EntityExtractor().extract(paragraphs: ["全国总工会发出通知。"]).organizations
    #expect(organizations.map(\.canonical) == ["中华全国总工会"])
    #expect(organizations.first?.mentions.first?.surface == "全国总工会")
  }
}
