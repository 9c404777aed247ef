import Testing

@testable import BeijiangModel

/// Paragraphs with identical text are built once and share storage, and the steps that reuse the
/// first copy's work (the project classifier, the repeat finder) give exactly what they give
/// when every paragraph is worked out on its own.
struct RepeatedTextTests {
  private static func structure(_ text: String) throws -> (
    sections: [Section], notes: [StructureNote], identicalTexts: IdenticalTexts
  ) {
    StructureBuilder(source: try TextDecoder.decode(Array(text.utf8), name: "test")).build()
  }

  private static func storage(_ paragraph: Paragraph) -> UnsafeRawPointer? {
    paragraph.scalars.withUnsafeBytes { $0.baseAddress }
  }

  @Test func identicalParagraphsShareOneCopyOfTheirText() throws {
    let text = "口岸建设取得新进展。\n\n供暖工程惠及百姓。\n\n口岸建设取得新进展。\n\n# 标题\n\n口岸建设取得新进展。\n"
    let built = try Self.structure(text)
    let paragraphs = built.sections.flatMap(\.paragraphs)
    #expect(paragraphs.count == 4)
    #expect((0..<4).map(built.identicalTexts.first(withTextOf:)) == [0, 1, 0, 0])
    #expect(Self.storage(paragraphs[2]) == Self.storage(paragraphs[0]))
    #expect(Self.storage(paragraphs[3]) == Self.storage(paragraphs[0]))
    #expect(Self.storage(paragraphs[1]) != Self.storage(paragraphs[0]))
    // Shared text, but each copy keeps its own place in the source.
    #expect(paragraphs[2].text == paragraphs[0].text)
    #expect(paragraphs[2].start != paragraphs[0].start)
    #expect(paragraphs[3].sentences == paragraphs[0].sentences)
  }

  @Test func aJoinedParagraphSharesWithTheSameTextInOnePiece() throws {
    let built = try Self.structure("稀土产业链不断\n\n延伸。\n\n稀土产业链不断延伸。\n")
    let paragraphs = built.sections.flatMap(\.paragraphs)
    #expect(paragraphs.map(\.pieces.count) == [2, 1])
    #expect(paragraphs[0].text == paragraphs[1].text)
    #expect(built.identicalTexts.first(withTextOf: 1) == 0)
  }

  @Test(arguments: [
    ("同一句话讲了两遍。", "同一句话讲了两遍。。"),
    ("同一句话讲了两遍。", "同一句话讲了两遍!"),
    ("同一句话讲了两遍。", "同一句话讲了三遍。"),
    ("同一句话讲了两遍。", "「同一句话讲了两遍。"),
  ])
  func textsThatDifferAtAllAreNotShared(_ first: String, _ second: String) throws {
    let built = try Self.structure(first + "\n\n" + second + "\n")
    #expect(built.identicalTexts.first(withTextOf: 1) == 1)
  }

  /// Paragraphs drawn from a few sentences, some written with other punctuation (same letters,
  /// other text), so exact copies, letter-for-letter repeats and near repeats all occur.
  private static func randomParagraphs(using generator: inout SplitMix64, count: Int) -> [String] {
    let sentences = [
      "自治区推进口岸建设取得新进展。", "自治区推进口岸建设，取得新进展！", "全区供暖面积达到3235万平方米。",
      "稀土产业链不断延伸，产值增长两成。", "职工创新工作室累计达到1328个。", "诚信建设提升年活动全面展开。",
    ]
    return (0..<count).map { _ in
      (0..<Int.random(in: 1...3, using: &generator)).map { _ in sentences.randomElement(using: &generator)! }
        .joined()
    }
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func theRepeatFinderFindsTheSameWithOrWithoutSharedText(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let texts = Self.randomParagraphs(using: &generator, count: 60)
    let candidates = texts.map { text -> DuplicateDetector.Candidate in
      let scalars = Array(text.unicodeScalars)
      return (scalars, SentenceSplitter.split(scalars))
    }
    let sameText = texts.indices.map { index in texts.firstIndex(of: texts[index])! }
    #expect(sameText != Array(texts.indices), "the draw should repeat some paragraphs")
    #expect(DuplicateDetector.find(candidates, sameText: sameText) == DuplicateDetector.find(candidates))
  }

  @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
  func classifyingWithSharedTextGivesTheSameProjects(seed: UInt64) throws {
    var generator = SplitMix64(seed: seed)
    let paragraphs = Self.randomParagraphs(using: &generator, count: 40)
    var text = ""
    for (index, paragraph) in paragraphs.enumerated() {
      if index % 7 == 0 { text += "## 第\(index / 7 + 1)部分\n\n" }
      text += paragraph + "\n\n"
    }
    let built = try Self.structure(text)
    var eachOnItsOwn = IdenticalTexts()
    for number in 0..<built.identicalTexts.count { eachOnItsOwn.append(first: number) }
    let classifier = DocumentClassifier(classifier: ProjectClassifier())
    var shared = built.sections
    classifier.classify(&shared, identicalTexts: built.identicalTexts)
    var separate = built.sections
    classifier.classify(&separate, identicalTexts: eachOnItsOwn)
    #expect(shared == separate)
    #expect(Set(shared.flatMap(\.paragraphs).map(\.project)).count > 1)
  }

  @Test func evidenceDoesNotDependOnTheOrderItWasFoundIn() {
    var first = ProjectEvidence()
    first.add("ports", 2)
    first.add("tech", 3)
    first.add("ports", 1)
    var second = ProjectEvidence()
    second.add("tech", 3)
    second.add("ports", 3)
    #expect(first == second)
    #expect(first.score("ports") == 3)
    #expect(first.score("warmth") == 0)
    // Ties rank in key order.
    #expect(first.ranked.map(\.key) == ["ports", "tech"])
    #expect(first.scaled(by: 2).ranked.map(\.score) == [6, 6])
    var third = ProjectEvidence()
    third.add("warmth", 7)
    #expect((first + third).ranked.map(\.key) == ["warmth", "ports", "tech"])
  }

  @Test(arguments: [[], [""], ["p", "12"], ["repeats ", "p3", " (", "85", "%)"], ["…", "口岸", " | ", "𠀀"]])
  func concatenatedStringsAreThePartsInOrder(_ parts: [String]) {
    #expect(String(concatenating: parts) == parts.joined())
  }
}
