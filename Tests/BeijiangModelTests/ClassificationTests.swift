import Testing

@testable import BeijiangModel

@Suite struct ClassificationTests {
  @Test func paragraphsThatWanderTakeTheirOwnProject() throws {
    let document = try TestFiles.seed
    let techSection = try #require(document.sections.first { $0.project == "tech" })
    let wandering = try #require(techSection.paragraphs.first { $0.text.hasPrefix("4月9日") })
    #expect(wandering.project == "desertification")
  }

  @Test func theIntroductionAndTheClosingCallAreOverview() throws {
    let paragraphs = try TestFiles.seed.paragraphs
    let intro = paragraphs.filter { $0.text.hasPrefix("凝心聚力") || $0.text.hasPrefix("当前,内蒙古") }
    #expect(intro.count == 2)
    #expect(intro.allSatisfy { $0.project == "overview" })
    let closing = try #require(paragraphs.first { $0.text.hasPrefix("征程万里风正劲") })
    #expect(closing.project == "overview")
  }

  @Test func everySeedParagraphOfAProjectSectionOutsideTheKnownWanderersStaysHome() throws {
    let document = try TestFiles.seed
    var moved: [String] = []
    for section in document.sections where section.level == 3 {
      for paragraph in section.paragraphs
      where paragraph.kind != .credit && paragraph.project != section.project {
        moved.append(String(paragraph.text.prefix(6)))
      }
    }
    #expect(moved.sorted() == ["4月9日,“", "征程万里风正"].sorted())
  }

  @Test func everyProjectKeyIsOneOfTheSeven() throws {
    let keys = Set(ProjectCatalog.bundled.keys)
    #expect(keys == ["overview", "rare-earth", "desertification", "ports", "warmth", "integrity", "tech"])
    for document in [try TestFiles.seed, try TestFiles.document(TestFiles.fixturePath("composed-2025.txt"))] {
      for section in document.sections {
        #expect(keys.contains(section.project))
        for paragraph in section.paragraphs { #expect(keys.contains(paragraph.project)) }
      }
    }
  }

  @Test func aComposedArticleClassifiesSensibly() throws {
    let document = try TestFiles.document(TestFiles.fixturePath("composed-2025.txt"))
    #expect(
      document.sections.map(\.project) == ["overview", "overview", "desertification", "integrity", "warmth"])
    #expect(document.paragraphs.filter { $0.kind == .duplicate }.count == 1)
    #expect(document.paragraphs.last?.kind == .credit)
    #expect(document.notes.filter { $0.kind == .joinedParagraphs }.count == 1)
  }

  @Test func noTermBelongsToTwoProjects() {
    var owner: [String: String] = [:]
    for project in ProjectCatalog.bundled.projects {
      for term in project.terms.keys {
        #expect(owner[term] == nil, "\(term) is in \(owner[term] ?? "") and \(project.key)")
        owner[term] = project.key
      }
    }
  }

  @Test(arguments: [
    ("防沙治沙和风电光伏一体化工程劳动竞赛", "tech", "desertification"),
    ("供暖企业和热电厂职工", "tech", "warmth"),
    ("今天天气很好。", "ports", "ports"),
    ("建设两个稀土基地,推进三北工程攻坚战防沙治沙", "overview", "overview"),
    ("信用", "tech", "tech"),
    ("诚信", "tech", "integrity"),
    ("实施好六个工程,办好两件大事", "ports", "overview"),
  ])
  func paragraphRules(_ text: String, _ section: String, _ expected: String) {
    let classifier = ProjectClassifier()
    #expect(classifier.paragraphProject(classifier.evidence(in: text), sectionProject: section) == expected)
  }

  @Test func termsMatchAcrossQuotationMarks() {
    let classifier = ProjectClassifier()
    #expect(classifier.evidence(in: "科技“突围”工程").score("tech") >= 4)
  }
}
