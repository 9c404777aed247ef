import Foundation
import Testing

@testable import BeijiangModel

/// Inputs built to break a parser: huge lines, huge counts, text with no words, quotes gone wrong,
/// scripts the article never uses, terminal control sequences. Each test states the behaviour it
/// expects, and the big ones also bound their time so a return to quadratic work fails here
/// (docs/reliability.md records the measured times).
@Suite struct PathologicalInputTests {
  /// How many repeats the cases beyond issue 7's list use (identical or same-opening paragraphs,
  /// sentences in one paragraph). They assert behaviour; speed is measured by the benchmark and
  /// recorded in docs/performance.md and docs/reliability.md, not by a timed test.
  static let manyRepeats = 20_000

  func build(_ text: String) throws -> Document {
    DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "test"))
  }

  /// Builds the document, printing the time so the numbers in docs/reliability.md can be re-measured.
  func timedBuild(_ label: String, _ text: String) throws -> Document {
    let clock = ContinuousClock()
    var document: Document?
    let elapsed = try clock.measure { document = try build(text) }
    print("[timing] \(label): \(elapsed)")
    return try #require(document)
  }

  func sentenceTexts(_ paragraph: Paragraph) -> [String] {
    let scalars = Array(paragraph.text.unicodeScalars)
    return paragraph.sentences.map { String(String.UnicodeScalarView(scalars[$0.start..<$0.end])) }
  }

  // MARK: Size

  /// A 1 MB line without punctuation is one paragraph holding one sentence: nothing to split on.
  @Test func aOneMegabyteLineWithoutPunctuationIsOneSentence() throws {
    let line = String(repeating: "内蒙古推进六大工程建设", count: 1 << 20 / 33 + 1)
    #expect(line.utf8.count >= 1 << 20)
    let document = try timedBuild("1 MB line", line)
    let paragraph = try #require(document.paragraphs.first)
    #expect(document.paragraphs.count == 1)
    #expect(paragraph.text == line)
    #expect(paragraph.sentences == [SourceSpan(start: 0, end: line.unicodeScalars.count)])
    #expect(document.title == String(line.prefix(40)))
  }

  /// A 1 MB heading is one section whose title is the whole line.
  @Test func aOneMegabyteHeadingIsOneTitle() throws {
    let title = String(repeating: "六大工程", count: 1 << 20 / 12 + 1)
    let document = try timedBuild("1 MB heading", "# \(title)\n")
    #expect(document.sections.map(\.title) == [title])
    #expect(document.paragraphs.isEmpty)
  }

  /// 100 000 headings of one level are 100 000 flat sections, none the parent of another.
  @Test func aHundredThousandSameLevelHeadingsAreFlat() throws {
    let text = (1...100_000).map { "## 第\($0)项工程\n" }.joined()
    let document = try timedBuild("100 000 same-level headings", text)
    #expect(document.sections.count == 100_000)
    #expect(document.sections.allSatisfy { $0.parent == nil && $0.level == 2 })
    #expect(document.sections.last?.title == "第100000项工程")
  }

  /// Under one top heading, 100 000 subheadings all have it as their parent.
  @Test func aHundredThousandSubheadingsShareTheirParent() throws {
    let text = "# 六大工程\n" + (1...100_000).map { "## 第\($0)项\n" }.joined()
    let document = try timedBuild("100 000 subheadings", text)
    #expect(document.sections.count == 100_001)
    #expect(document.sections.dropFirst().allSatisfy { $0.parent == "s1" })
  }

  /// Levels 1 to 6 repeated: each heading's parent is the heading just before it, except level 1.
  @Test func deepNestingRepeatedFindsTheNearestLowerLevel() throws {
    let text = (0..<20_000).map { _ in (1...6).map { String(repeating: "#", count: $0) + " 标题\n" }.joined() }
      .joined()
    let document = try timedBuild("120 000 headings, levels 1-6 repeated", text)
    #expect(document.sections.count == 120_000)
    let misplaced = document.sections.enumerated().filter { index, section in
      section.parent != (section.level == 1 ? nil : "s\(index)")
    }
    #expect(misplaced.isEmpty)
  }

  /// Many copies of one paragraph: the first is kept, every other is a duplicate of it.
  @Test func manyIdenticalParagraphsAreDuplicatesOfTheFirst() throws {
    let text = String(repeating: "自治区推进六大工程，全年完成投资四千亿元。\n\n", count: Self.manyRepeats)
    let document = try timedBuild("\(Self.manyRepeats) identical paragraphs", text)
    let paragraphs = document.paragraphs
    #expect(paragraphs.count == Self.manyRepeats)
    #expect(paragraphs[0].kind == .body)
    #expect(paragraphs.dropFirst().allSatisfy { $0.kind == .duplicate && $0.duplicateOf == "p1" })
  }

  /// Many paragraphs that open alike but go on differently are not duplicates, and the shared
  /// opening does not make the check compare every pair.
  @Test func manyParagraphsWithOneOpeningAreDistinct() throws {
    var generator = SplitMix64(seed: 7)
    let words = Array("草原牧区口岸稀土能源装备制造文化旅游乡村振兴生态保护科技创新人才引进基础设施")
    let text = (0..<Self.manyRepeats).map { _ in
      let rest = String((0..<8).map { _ in words.randomElement(using: &generator)! })
      return "自治区推进六大工程建设，\(rest)。\n\n"
    }.joined()
    let document = try timedBuild("\(Self.manyRepeats) paragraphs with one opening", text)
    let duplicates = document.paragraphs.filter { $0.kind == .duplicate }
    #expect(document.paragraphs.count == Self.manyRepeats)
    // Random tails share few letter pairs (well under the 85% threshold), so none is a repeat.
    #expect(duplicates.isEmpty)
  }

  /// A copy of a paragraph that is itself a repeat points to the original, not to the repeat.
  @Test func aCopyOfARepeatPointsToTheOriginal() throws {
    let long = "自治区推进六大工程建设，全年完成投资四千亿元。同比增长百分之十二点五。"
    let short = "自治区推进六大工程建设，全年完成投资四千亿元。"
    let document = try build([long, short, short].joined(separator: "\n\n"))
    #expect(document.paragraphs.map(\.kind) == [.body, .duplicate, .duplicate])
    #expect(document.paragraphs.map(\.duplicateOf) == [nil, "p1", "p1"])
  }

  /// Near repeats are looked for among the first 16 paragraphs sharing an opening: a reworded copy
  /// of the 1st is marked, one of the 20th is not (the documented cap); an exact copy always is.
  @Test func nearRepeatCandidatesAreCappedPerOpening() throws {
    #expect(DuplicateDetector.maximumCandidates == 16)
    var generator = SplitMix64(seed: 11)
    let letters = Array("草原牧区口岸稀土能源装备制造文化旅游乡村振兴生态保护科技创新人才引进基础设施煤炭电力")
    let originals = (0..<20).map { _ in
      "自治区推进六大工程建设，" + String((0..<30).map { _ in letters.randomElement(using: &generator)! }) + "。"
    }
    // The same length with the last letter changed: one or two letter pairs of 40 differ.
    let reword = { (text: String) in String(text.dropLast(2)) + "龙。" }
    let text = (originals + [reword(originals[0]), reword(originals[19]), originals[19]])
      .joined(separator: "\n\n")
    let paragraphs = try build(text).paragraphs
    #expect(paragraphs[0..<20].allSatisfy { $0.kind == .body })
    #expect(paragraphs[20].duplicateOf == "p1")
    #expect(paragraphs[21].kind == .body)
    #expect(paragraphs[22].duplicateOf == "p20")
  }

  /// 100 000 blocks broken mid-sentence by blank lines join into one paragraph of 100 000 pieces.
  @Test func aHundredThousandBrokenBlocksJoinIntoOneParagraph() throws {
    let text = (1...100_000).map { "第\($0)段没有句号" }.joined(separator: "\n\n")
    let document = try timedBuild("100 000 broken blocks", text)
    let paragraph = try #require(document.paragraphs.first)
    #expect(document.paragraphs.count == 1)
    #expect(paragraph.pieces.count == 100_000)
    #expect(document.notes.filter { $0.kind == .joinedParagraphs }.count == 99_999)
  }

  /// Many sentences in one paragraph: each offset finds its sentence (a binary search), and an
  /// offset in the white space between sentences belongs to none.
  @Test func manySentencesInOneParagraphAreFoundByOffset() throws {
    let text = String(repeating: "投资一亿元。 ", count: Self.manyRepeats)
    let document = try timedBuild("\(Self.manyRepeats) sentences in one paragraph", text)
    let paragraph = try #require(document.paragraphs.first)
    #expect(paragraph.sentences.count == Self.manyRepeats)
    let lost = paragraph.sentences.filter {
      paragraph.sentence(containing: $0.start) != $0 || paragraph.sentence(containing: $0.end - 1) != $0
    }
    #expect(lost.isEmpty)
    #expect(paragraph.sentence(containing: 6) == nil)
    #expect(paragraph.sentence(containing: -1) == nil)
    #expect(paragraph.sentence(containing: text.unicodeScalars.count) == nil)
  }

  // MARK: Odd content

  /// Numbers only: decimal points never split a sentence; a full stop before a space or the end
  /// does. A line without a Han character is no Chinese sentence broken by a blank line (it is a
  /// date, a clock time, a figure), so no block here joins the next.
  @Test func onlyNumbers() throws {
    let document = try build("3.14 2.71. 42 1,000,000\n\n0.5\n\n2024 12 31.\n\n100.")
    let paragraphs = document.paragraphs
    #expect(paragraphs.map(\.text) == ["3.14 2.71. 42 1,000,000", "0.5", "2024 12 31.", "100."])
    #expect(paragraphs.map(\.pieces.count) == [1, 1, 1, 1])
    #expect(sentenceTexts(paragraphs[0]) == ["3.14 2.71.", "42 1,000,000"])
    #expect(paragraphs.allSatisfy { $0.kind == .body })
    #expect(document.title == "3.14 2.71.")
  }

  /// Quotation marks only: kept as text; a block of them ends no sentence (closing marks are
  /// skipped looking for the end, and an opening mark is not an end), so it joins the next block;
  /// no duplicates (no letters to compare) and the overview project (no terms).
  @Test func onlyQuotationMarks() throws {
    let marks = String(repeating: "“”‘’「」『』\"'《》", count: 100)
    let closers = String(repeating: "”", count: 5000)
    let document = try build(marks + "\n\n" + closers + "\n\n" + marks)
    let paragraphs = document.paragraphs
    #expect(paragraphs.map(\.text) == [marks + closers, marks])
    #expect(paragraphs.map(\.pieces.count) == [2, 1])
    #expect(paragraphs.allSatisfy { $0.kind == .body && $0.sentences.count == 1 })
    #expect(paragraphs.allSatisfy { $0.project == ProjectCatalog.bundled.overview })
  }

  @Test(arguments: [
    // Nested quotes close with the sentence they end.
    ("他说：“要把‘科技突围’工程抓好。”随后离开。", ["他说：“要把‘科技突围’工程抓好。”", "随后离开。"]),
    // An opening quote never closed does not hold the sentence open.
    ("“开头没有结尾。然后继续。", ["“开头没有结尾。", "然后继续。"]),
    // A closing quote never opened stays with the sentence it follows.
    ("结尾没有开头”。下一句”。", ["结尾没有开头”。", "下一句”。"]),
    // Quotes after the full stop join it, however many there are.
    ("引述。”」』》接着。", ["引述。”」』》", "接着。"]),
    // Mismatched pairs are text like any other.
    ("「“『混合」’』。", ["「“『混合」’』。"]),
  ])
  func unbalancedAndNestedQuotationMarks(_ example: (text: String, sentences: [String])) throws {
    let paragraph = try #require(try build(example.text).paragraphs.first)
    #expect(sentenceTexts(paragraph) == example.sentences)
  }

  /// A term prefix followed by 200 000 quotation marks still parses (the matcher skips quotes inside a
  /// term, so this once cost a pass per quote); speed is in docs/reliability.md.
  @Test func aTermPrefixBeforeManyQuotesStillParses() throws {
    let text = "科技" + String(repeating: "“", count: 200_000) + "突围工程。"
    let document = try timedBuild("term prefix then 200 000 quotes", text)
    #expect(document.paragraphs.count == 1)
  }

  /// Right-to-left and mixed scripts, bidi controls, combining marks and emoji sequences are kept
  /// scalar for scalar; offsets count scalars, so the second paragraph starts where the first
  /// paragraph's scalars and the blank line end.
  @Test func mixedScriptsAndRightToLeftTextAreKeptExactly() throws {
    let first = "内蒙古 مرحبا بالعالم שלום \u{202E}عكس\u{202C} e\u{301} 👩‍👩‍👧 🇨🇳 Привет。"
    let second = "Ελληνικά ไทย हिन्दी 한국어 日本語です؟"
    let document = try build(first + "\n\n" + second)
    let paragraphs = document.paragraphs
    #expect(paragraphs.map(\.text) == [first, second])
    #expect(paragraphs[1].start == first.unicodeScalars.count + 2)
    #expect(paragraphs[1].end == first.unicodeScalars.count + 2 + second.unicodeScalars.count)
    // The Arabic question mark ؟ is not a Chinese sentence end: the second paragraph is one sentence.
    #expect(paragraphs[1].sentences.count == 1)
    let decoded = try JSONDecoder().decode(
      ModelExport.self, from: try ModelExport(documents: [document]).json())
    #expect(decoded.documents[0].sections[0].paragraphs.map(\.text) == [first, second])
  }

  /// Control characters and escape sequences stay in the model untouched (offsets must still slice
  /// back); the JSON escapes every C0 control, so exported JSON printed to a terminal cannot clear
  /// it. Sanitising for display is the terminal UI's job.
  @Test func controlCharactersAreKeptInTheModelAndEscapedInJSON() throws {
    let text = "口岸\u{1B}[2J通关\u{1B}]0;title\u{7}便利\u{8}\u{B}\u{C}\u{1}。"
    let document = try build(text)
    #expect(document.paragraphs.map(\.text) == [text])
    let json = try ModelExport(documents: [document]).json()
    let raw = [UInt8](json)
    #expect(!raw.contains { $0 < 0x20 && $0 != 0x0A && $0 != 0x20 })
    let jsonText = String(decoding: json, as: UTF8.self).lowercased()
    #expect(jsonText.contains("\\u001b[2j"))
    #expect(jsonText.contains("\\u0007"))
    let decoded = try JSONDecoder().decode(ModelExport.self, from: json)
    #expect(decoded.documents[0].sections[0].paragraphs[0].text == text)
  }

  /// A carriage return is a line end (CR and CRLF become LF), not a control kept in the text.
  @Test func carriageReturnsBecomeLineEnds() throws {
    let document = try build("第一段。\r\r第二段。\r\n\r\n第三段。")
    #expect(document.paragraphs.map(\.text) == ["第一段。", "第二段。", "第三段。"])
  }

}
