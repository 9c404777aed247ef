import BeijiangModel
import Testing

/// A brief taken one article at a time, each dropped after, is the very brief of all of them at once.
@Suite struct StreamedBriefTests {
  static let articles = [
    "# 温暖工程供热保障有力\n\n发布时间：2024-04-18\n\n### 温暖工程\n\n呼和浩特市热力集团供热面积达到3300万平方米，服务热用户21.72万户。计划到2025年供热面积达到3600万平方米。\n",
    "# 冬季供热开栓\n\n发布时间：2023-11-02\n\n### 温暖工程\n\n截至11月1日，呼和浩特市热力集团供热面积达到3100万平方米。自治区主席王莉霞在调研时强调，要确保群众温暖过冬。\n",
    "# 口岸货运量再创新高\n\n发布时间：2024-01-09\n\n### 口岸\n\n2023年，二连浩特口岸货运量达到1860万吨，同比增长15.2%。中欧班列开行2500列。\n",
  ]

  static let options: [BriefOptions] = [
    BriefOptions(), BriefOptions(projects: ["warmth", "ports"], top: 2, language: .en),
    BriefOptions(top: 1),
  ]

  @Test(arguments: options) func streamingGivesTheSameBrief(_ options: BriefOptions) throws {
    let documents = try Self.articles.enumerated().map { index, text in
      DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "reports/\(index).txt"))
    }
    var streamed = StreamedBrief(builder: BriefBuilder(), options: options)
    for document in documents { streamed.add(document) }
    let whole = BriefBuilder().build(documents, options: options)
    #expect(streamed.brief == whole)
    #expect(whole.corpus != nil)
  }
}
