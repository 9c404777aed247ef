import BeijiangModel
import Testing

/// A verb or adverb before an organisation's name is no part of it, and a level with a generic body
/// (盟级创新工作室) is a category, not an organisation; sentences composed in the style of reports.
@Suite struct EntitiesOrganizationStartTests {
  @Test(
    arguments: [
      ("近日内蒙古包头市总工会召开会议。", ["内蒙古包头市总工会"]),
      ("项目可消纳盛乐热电厂的余热。", ["盛乐热电厂"]),
      ("全旗紧扣自治区党委部署抓落实。", ["自治区党委"]),
      ("目前全市共有盟级创新工作室3个、市级创新工作室5个。", []),
    ] as [(String, [String])])
  func namesStartAfterTheClauseOpening(text: String, organizations: [String]) {
    let found = EntityExtractor().extract(paragraphs: [text]).organizations.map(\.canonical)
    #expect(found == organizations, "\(text)")
  }
}
