import Testing

@testable import BeijiangModel

@Suite struct StructureTests {
  @Test func theSeedsNineHeadingsBecomeSectionsWithLevelsAndProjects() throws {
    let sections = try TestFiles.seed.sections
    let expected: [(Int, String, String)] = [
      (1, "实干实干 在中国式现代化建设中闯出新路", "overview"),
      (2, "完成好“五大任务” 实施好“六个工程”", "overview"),
      (1, "为经济社会高质量发展贡献工会力量", "overview"),
      (3, "弘扬诚信文化 树立良好形象", "integrity"),
      (3, "赋能科技突围 鼓励职工创新", "tech"),
      (3, "聚焦“两个稀土基地”建设 抓好政策落地", "rare-earth"),
      (3, "投身防沙治沙 守好生态北疆", "desertification"),
      (3, "心系口岸职工 服务自贸区创建", "ports"),
      (3, "助力温暖工程 办好民生实事", "warmth"),
    ]
    #expect(sections.map(\.level) == expected.map(\.0))
    #expect(sections.map(\.title) == expected.map(\.1))
    #expect(sections.map(\.project) == expected.map(\.2))
    #expect(sections.map(\.parent) == [nil, "s1", nil, "s3", "s3", "s3", "s3", "s3", "s3"])
  }

  @Test func theSevenBrokenParagraphsAreJoinedWithNothingBetween() throws {
    let document = try TestFiles.seed
    let joined = document.paragraphs.filter { $0.pieces.count > 1 }
    #expect(joined.count == 7)
    #expect(document.notes.filter { $0.kind == .joinedParagraphs }.count == 7)
    let seams = [
      "高精度大量中空纤维超滤膜", "培养锻造高质量产业工人队伍", "攻坚战等重点工程", "大力推进以沙漠",
      "对他们在维护边境", "在呼和浩特市2000万平方米", "同时开展好常态化送温暖",
    ]
    for seam in seams {
      #expect(joined.contains { $0.text.contains(seam) }, "\(seam)")
    }
  }

  @Test func everyParagraphsPiecesSliceBackToItsText() throws {
    let document = try TestFiles.seed
    for paragraph in document.paragraphs {
      let text = paragraph.pieces.map { document.source.slice($0.start, $0.end) }.joined()
      #expect(text == paragraph.text)
      #expect(paragraph.start == paragraph.pieces.first?.start)
      #expect(paragraph.end == paragraph.pieces.last?.end)
    }
  }

  @Test func theRepeatedFourthOfAprilParagraphIsKeptOnceAndRecorded() throws {
    let document = try TestFiles.seed
    let repeats = document.paragraphs.filter { $0.kind == .duplicate }
    #expect(repeats.count == 1)
    let repeated = try #require(repeats.first)
    #expect(repeated.text.hasPrefix("4月9日,“建功‘十四五’ 奋进新征程”"))
    let original = try #require(document.paragraph(repeated.duplicateOf ?? ""))
    #expect(original.text.contains("4月9日,“建功‘十四五’ 奋进新征程”"))
    #expect(original.kind == .body)
    #expect(document.notes.contains { $0.kind == .duplicateParagraph && $0.paragraph == repeated.id })
  }

  @Test func layoutLinesAreKeptButMarked() throws {
    let paragraphs = try TestFiles.seed.paragraphs
    #expect(paragraphs.filter { $0.kind == .banner }.map(\.text) == ["全 / 媒 / 体 / 主 / 题 / 宣 / 传 / 活 / 动"])
    #expect(paragraphs.filter { $0.kind == .credit }.map(\.text) == ["(本版文图均由自治区总工会提供)"])
  }

  @Test func theSeedHasThirtySixParagraphsInTextOrder() throws {
    let paragraphs = try TestFiles.seed.paragraphs
    #expect(paragraphs.count == 36)
    #expect(paragraphs.map(\.start) == paragraphs.map(\.start).sorted())
    #expect(paragraphs.map(\.id) == (1...36).map { "p\($0)" })
  }

  struct HeadingCase: Sendable, CustomTestStringConvertible {
    let line: String
    let level: Int?
    let title: String?
    var testDescription: String { line }
  }

  @Test(arguments: [
    HeadingCase(line: "# 标题", level: 1, title: "标题"),
    HeadingCase(line: "###### 六级", level: 6, title: "六级"),
    HeadingCase(line: "####### 七个井号", level: nil, title: nil),
    HeadingCase(line: "#没有空格", level: nil, title: nil),
    HeadingCase(line: "   ## 缩进三格", level: 2, title: "缩进三格"),
    HeadingCase(line: "## 结尾井号 ##", level: 2, title: "结尾井号"),
    HeadingCase(line: "#", level: 1, title: ""),
    HeadingCase(line: "## #", level: 2, title: ""),
    // Closing #s go as one run, then white space: a # before that space stays.
    HeadingCase(line: "## 标题 # #", level: 2, title: "标题 #"),
    HeadingCase(line: "#\t　标题　##　", level: 1, title: "标题"),
    HeadingCase(line: "# C# 语言", level: 1, title: "C# 语言"),
    HeadingCase(line: "正文 # 不是标题", level: nil, title: nil),
  ])
  func headings(_ example: HeadingCase) {
    let parsed = BlockScanner.heading(in: Array(example.line.unicodeScalars)[...])
    #expect(parsed?.level == example.level)
    #expect(parsed?.title == example.title)
  }

  @Test(arguments: [
    ("一句。两句！三句？", ["一句。", "两句！", "三句？"]),
    ("他说:“好。”然后走了。", ["他说:“好。”", "然后走了。"]),
    ("价格为21.72万元. 下一句", ["价格为21.72万元.", "下一句"]),
    ("问?答!", ["问?", "答!"]),
    ("分号;之后", ["分号;", "之后"]),
    ("没有句号", ["没有句号"]),
    ("“大家有什么困难?”“要及时反映。”慰问组说。", ["“大家有什么困难?”", "“要及时反映。”", "慰问组说。"]),
  ])
  func sentences(_ text: String, _ expected: [String]) {
    let scalars = Array(text.unicodeScalars)
    let spans = SentenceSplitter.split(scalars)
    #expect(spans.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) } == expected)
  }

  @Test(arguments: [
    ("全 / 媒 / 体 / 主 / 题", ParagraphKind.banner),
    ("专 题 报 道 特 刊", .banner),
    ("(本版文图均由自治区总工会提供)", .credit),
    ("（记者 王某 摄）", .credit),
    ("(一)加强组织领导。(二)压实责任。", .body),
    ("内蒙古 口岸 建设", .body),
    ("正文一句话。", .body),
  ])
  func layoutLines(_ text: String, _ kind: ParagraphKind) {
    #expect(LayoutClassifier.kind(of: Array(text.unicodeScalars)[...]) == kind)
  }

  /// Each row: blocks split by a blank line, and how many paragraphs they make.
  @Test(arguments: [
    ("发布时间：2024-11-30 20:16\n\n14日，二连浩特口岸迎来繁忙的一天。", 2),
    ("来源: 内蒙古日报\n\n自治区召开会议。", 2),
    ("2024-06-19 09:30\n\n记者从自治区获悉。", 2),
    ("全区供暖面积达到\n\n3235万平方米。", 1),
    ("培养锻造高质量产\n\n业工人队伍。", 1),
    ("时间就是生命，时间就是效率\n\n这是当地干部的口头禅。", 1),
  ])
  func aPublicationLineIsNotJoinedToTheNextBlock(_ text: String, _ paragraphs: Int) throws {
    let document = try TestFiles.document(text: text + "\n")
    #expect(document.paragraphs.count == paragraphs)
  }

  @Test func textBeforeTheFirstHeadingGetsAnUntitledSection() throws {
    let document = try TestFiles.document(text: "导语一段。\n\n# 第一节\n\n正文。\n")
    #expect(document.sections.map(\.level) == [0, 1])
    #expect(document.sections.map(\.title) == ["", "第一节"])
    #expect(document.title == "第一节")
  }

  @Test func anArticleWithoutHeadingsIsOneUntitledSection() throws {
    let document = try TestFiles.document(TestFiles.fixturePath("composed-no-headings.txt"))
    #expect(document.sections.count == 1)
    #expect(document.sections[0].level == 0)
    #expect(document.sections[0].paragraphs.count == 3)
    #expect(document.title == "满洲里口岸是我国对俄开放的最大陆路口岸。")
    #expect(document.notes.filter { $0.kind == .joinedParagraphs }.count == 1)
    #expect(document.sections[0].project == "ports")
  }

  @Test func blocksDoNotJoinAcrossSectionsOrAfterCompleteSentences() throws {
    let document = try TestFiles.document(text: "# 一\n\n没有句号的结尾\n\n# 二\n\n新的段落。\n\n完整的句子。\n\n下一段。")
    #expect(document.paragraphs.map(\.text) == ["没有句号的结尾", "新的段落。", "完整的句子。", "下一段。"])
  }

  @Test func exactRepeatsAreMarkedOnTheLaterCopy() throws {
    let paragraph = "今年以来,全区工会慰问一线职工2000余人次,送去慰问金300万元。"
    let document = try TestFiles.document(text: "\(paragraph)\n\n中间一段不同的文字,讲别的事情。\n\n\(paragraph)\n")
    #expect(document.paragraphs.map(\.kind) == [.body, .body, .duplicate])
    #expect(document.paragraphs[2].duplicateOf == "p1")
  }

  @Test func similarButDifferentParagraphsAreNotRepeats() throws {
    let document = try TestFiles.document(
      text: "今年以来,全区工会慰问一线职工2000余人次,送去慰问金300万元。\n\n今年以来,全区工会开展技能竞赛50场,参赛职工达到1万多名。\n")
    #expect(document.paragraphs.allSatisfy { $0.kind == .body })
  }
}
