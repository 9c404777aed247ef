import Testing

@testable import BeijiangModel

/// Paragraphs that repeat: each copy keeps its own place in the source, and the repeat finder
/// marks every later copy, exact or letter for letter, against the first one.
struct RepeatedTextTests {
  private static func structure(_ text: String) throws -> (sections: [Section], notes: [StructureNote]) {
    StructureBuilder(source: try TextDecoder.decode(Array(text.utf8), name: "test")).build()
  }

  @Test func identicalParagraphsKeepTheirOwnPlacesAndOnlyTheFirstIsBody() throws {
    let text = "口岸建设取得新进展，货运量持续增长。\n\n供暖工程惠及百姓。\n\n口岸建设取得新进展，货运量持续增长。\n\n# 标题\n\n口岸建设取得新进展，货运量持续增长。\n"
    let paragraphs = try Self.structure(text).sections.flatMap(\.paragraphs)
    #expect(paragraphs.count == 4)
    #expect(paragraphs[2].text == paragraphs[0].text)
    #expect(paragraphs[2].start != paragraphs[0].start)
    #expect(paragraphs[3].sentences == paragraphs[0].sentences)
    #expect(paragraphs.map(\.kind) == [.body, .body, .duplicate, .duplicate])
    #expect(paragraphs[2].duplicateOf == "p1" && paragraphs[3].duplicateOf == "p1")
  }

  @Test func aJoinedParagraphHasTheTextOfItsPieces() throws {
    let paragraphs = try Self.structure("稀土产业链不断\n\n延伸。\n\n稀土产业链不断延伸。\n").sections.flatMap(\.paragraphs)
    #expect(paragraphs.map(\.pieces.count) == [2, 1])
    #expect(paragraphs[0].text == paragraphs[1].text)
    #expect(paragraphs[0].scalars == Array("稀土产业链不断延伸。".unicodeScalars))
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
  func everyLaterExactCopyIsARepeatOfAnEarlierParagraph(seed: UInt64) {
    var generator = SplitMix64(seed: seed)
    let texts = Self.randomParagraphs(using: &generator, count: 60)
    let candidates = texts.map { text -> DuplicateDetector.Candidate in
      let scalars = Array(text.unicodeScalars)
      return (scalars, SentenceSplitter.split(scalars))
    }
    let findings = DuplicateDetector.find(candidates)
    let repeated = Set(findings.map(\.repeated))
    for index in texts.indices where texts.firstIndex(of: texts[index])! != index {
      let letters = DuplicateDetector.letterString(Array(texts[index].unicodeScalars)[...])
      guard letters.count >= DuplicateDetector.minimumLetters else { continue }
      #expect(repeated.contains(index), "paragraph \(index) copies an earlier one")
    }
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
