import BeijiangModel
import Testing

/// Reporters named in bylines and credits are kept as reporters, never as the article's actors.
/// Articles composed for these tests.
@Suite struct BylineTests {
  static func people(_ paragraphs: [String]) -> [String: PersonRole] {
    Dictionary(
      uniqueKeysWithValues: EntityExtractor().extract(paragraphs: paragraphs).people.map {
        ($0.name, $0.role)
      })
  }

  @Test(
    arguments: [
      ("本报记者 周蕾", ["周蕾"]), ("（记者 刘海燕）", ["刘海燕"]), ("新华社记者 贝赫 摄", ["贝赫"]),
      ("通讯员 郭鹏杰 王瑞波", ["郭鹏杰", "王瑞波"]), ("图为口岸作业现场。 梁晓虹 摄", ["梁晓虹"]), ("(记者马芳)", ["马芳"]),
    ] as [(String, [String])])
  func creditsNameReporters(text: String, names: [String]) {
    let people = Self.people([text])
    #expect(people == Dictionary(uniqueKeysWithValues: names.map { ($0, PersonRole.reporter) }), "\(text)")
  }

  /// A title may follow the name (张锐市长); the verb after the title is no name.
  @Test func titlesAfterTheName() {
    let people = EntityExtractor().extract(paragraphs: ["会上，王海军旗长强调，要抓好落实。", "李明主任介绍说，项目进展顺利。"]).people
    #expect(
      Dictionary(uniqueKeysWithValues: people.map { ($0.name, $0.titles) }) == ["王海军": ["旗长"], "李明": ["主任"]])
  }

  @Test func reportingVerbsAfterTheWordReporterNameNoOne() {
    #expect(Self.people(["记者获悉，全区口岸运行平稳。", "记者从自治区总工会了解到，慰问活动已启动。"]).isEmpty)
  }

  @Test func actorsAndReportersInOneArticle() {
    let people = Self.people([
      "记者 周蕾 通讯员 郭鹏杰", "副市长张锐表示，要加快稀土产业项目建设。", "会上，张锐强调：“要抓好落实。”",
    ])
    #expect(people["张锐"] == .actor)
    #expect(people["周蕾"] == .reporter)
    #expect(people["郭鹏杰"] == .reporter)
  }
}

/// Campaigns named a few characters before their noun, on a composed paragraph.
@Suite struct NearbyCampaignTests {
  @Test func aQuotedNameBeforeItsCampaignNoun() {
    let names = Set(
      EntityExtractor().extract(paragraphs: [
        "全盟开展以“三比三赛”为主要内容的劳动竞赛，组织“送文化”进牧区慰问演出20场，为牧民送去“娘家人”的关怀。"
      ]).initiatives.map(\.name))
    #expect(names.contains("三比三赛"))
    #expect(names.contains("送文化"))
    #expect(!names.contains("娘家人"))
  }
}

/// Some pages set a space between surname and given name in the byline (记者 周 蕾); the reporter is
/// the same person the text may name without the space, and a lone character is no name.
@Suite struct SpacedBylineTests {
  @Test(
    arguments: [
      ("记者 周 蕾", ["周蕾"]), ("记者 周 蕾 通讯员 郭鹏杰", ["周蕾", "郭鹏杰"]), ("本报记者 欧阳 菲菲", ["欧阳菲菲"]),
      ("新华社记者 王 晨 摄", ["王晨"]), ("记者 李 通讯员 张", []),
    ] as [(String, [String])])
  func aSpaceInsideTheNameKeepsOneReporter(text: String, names: [String]) {
    let people = BylineTests.people([text])
    #expect(people == Dictionary(uniqueKeysWithValues: names.map { ($0, PersonRole.reporter) }), "\(text)")
  }

  @Test func theSpacedAndTheJoinedSpellingAreOnePerson() {
    let people = EntityExtractor().extract(paragraphs: ["记者 周 蕾", "周蕾在二连浩特口岸看到，货车排起长队。"]).people
    #expect(people.map(\.name) == ["周蕾"])
    #expect(people.first?.mentions.count == 2)
  }
}
