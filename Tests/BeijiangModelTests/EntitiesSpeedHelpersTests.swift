import Testing

@testable import BeijiangModel

/// The small index types the entity rules use to answer per-offset questions in constant time: each
/// must answer exactly as the search it replaced.
@Suite struct EntitiesSpeedHelpersTests {
  static func span(_ paragraph: Int, _ start: Int, _ end: Int) -> TextSpan {
    TextSpan(paragraph: paragraph, start: start, end: end)
  }

  @Test(arguments: [
    (0, 0, 2, true), (0, 2, 3, false), (0, 3, 6, true), (0, 6, 9, false), (1, 0, 2, false),
    (2, 4, 5, true), (2, 5, 50, false), (7, 0, 9, false), (0, 1, 1, false), (0, 1, 4, true),
  ])
  func coveredOffsetsAgreeWithSearchingTheSpans(
    _ paragraph: Int, _ start: Int, _ end: Int, _ expected: Bool
  ) {
    let spans = [Self.span(0, 1, 2), Self.span(0, 4, 6), Self.span(2, 3, 5), Self.span(1, 3, 3)]
    let query = Self.span(paragraph, start, end)
    #expect(CoveredOffsets(spans).overlaps(query) == expected)
    #expect(spans.contains { $0.overlaps(query) } == expected)
  }

  @Test func coveredOffsetsGrowAsSpansAreAdded() {
    var covered = CoveredOffsets([])
    #expect(!covered.overlaps(Self.span(3, 0, 10)))
    covered.cover(Self.span(3, 8, 9))
    #expect(covered.overlaps(Self.span(3, 0, 10)))
    #expect(!covered.overlaps(Self.span(3, 0, 8)))
    #expect(!covered.overlaps(Self.span(2, 0, 10)))
  }

  @Test func spansByOffsetKeepTheFirstOrTheLastCover() {
    let first = Self.span(0, 1, 4)
    let second = Self.span(0, 3, 6)
    var keepFirst = SpansByOffset(count: 8)
    keepFirst.coverUncovered(first)
    keepFirst.coverUncovered(second)
    var keepLast = SpansByOffset(count: 8)
    keepLast.cover(first)
    keepLast.cover(second)
    #expect((0..<8).map { keepFirst[$0] } == [nil, first, first, first, second, second, nil, nil])
    #expect((0..<8).map { keepLast[$0] } == [nil, first, first, second, second, second, nil, nil])
    #expect(keepLast[-1] == nil && keepLast[8] == nil)
    #expect(keepLast.coversAny(of: Self.span(0, 5, 7)))
    #expect(!keepLast.coversAny(of: Self.span(0, 6, 9)))
    #expect(!keepLast.coversAny(of: Self.span(0, 0, 1)))
    #expect(!keepLast.coversAny(of: Self.span(0, 3, 3)))
  }

  @Test(arguments: ["", "李明华", "a李明华，b", "“赵志刚”说：好", "，，", "额尔敦\u{1F600}和他"])
  func hanRunsMatchAWalkOverTheScalars(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    let runs = HanRuns(scalars)
    for offset in 0...scalars.count {
      var end = offset
      while end < scalars.count, EntityScalarClass.isHan(scalars[end]) { end += 1 }
      var start = offset
      while start > 0, EntityScalarClass.isHan(scalars[start - 1]) { start -= 1 }
      #expect(runs.end(from: offset) == end, "end from \(offset) in \(text)")
      #expect(runs.start(endingAt: offset) == start, "start ending at \(offset) in \(text)")
    }
  }

  @Test func namedPeopleAreFoundByStartAndEnd() {
    let people = NamedPeople([
      .init(name: "李明华", id: "person:李明华", span: Self.span(2, 5, 8)),
      .init(name: "明华", id: "person:明华", span: Self.span(2, 6, 8)),
      .init(name: "赵志刚", id: "person:赵志刚", span: Self.span(3, 5, 8)),
    ])
    #expect(people.starting(at: 5, paragraph: 2)?.name == "李明华")
    #expect(people.ending(at: 8, paragraph: 2)?.name == "李明华", "the earlier mention wins")
    #expect(people.starting(at: 6, paragraph: 2)?.name == "明华")
    #expect(people.ending(at: 8, paragraph: 3)?.name == "赵志刚")
    #expect(people.starting(at: 8, paragraph: 2) == nil)
    #expect(people.ending(at: 8, paragraph: 4) == nil)
  }

  @Test func scalarWordsAreFoundLikeStrings() {
    let paragraph = ScalarParagraph(index: 0, text: "包括李明华在内")
    for word in ["包括", "在内", "内", "", "李明华在内的"] {
      for offset in -1...8 {
        let scalars = Array(word.unicodeScalars)
        #expect(paragraph.has(scalars, at: offset) == paragraph.has(word, at: offset))
        #expect(paragraph.has(scalars, endingAt: offset) == paragraph.has(word, endingAt: offset))
      }
    }
  }

  static func match(_ surface: String, _ start: Int, known: String? = nil) -> OrganizationMatch {
    OrganizationMatch(
      span: span(0, start, start + surface.unicodeScalars.count), surface: surface,
      knownCanonical: known)
  }

  @Test func shortOrganisationNamesJoinTheirLongestFullForm() {
    let names = OrganizationNames(lexicon: .shared).canonicalNames(for: [
      Self.match("青城变电站", 0), Self.match("呼和浩特市青城变电站", 10),
      Self.match("自治区总工会", 20), Self.match("内蒙古自治区总工会", 30),
      Self.match("集团有限公司", 40), Self.match("瑞丰集团有限公司", 50),
    ])
    #expect(names["青城变电站"] == "呼和浩特市青城变电站")
    #expect(names["呼和浩特市青城变电站"] == "呼和浩特市青城变电站")
    #expect(names["自治区总工会"] == "内蒙古自治区总工会")
    #expect(names["集团有限公司"] == "集团有限公司", "瑞丰 is neither a place nor a qualifier")
  }

  @Test func fullFormsChainThroughIntermediateNames() {
    let names = OrganizationNames(lexicon: .shared).canonicalNames(for: [
      Self.match("总工会", 0), Self.match("自治区总工会", 5), Self.match("内蒙古自治区总工会", 15),
    ])
    #expect(names["总工会"] == "内蒙古自治区总工会")
  }

  @Test func equallyLongFullFormsGoToTheOneNamedFirst() {
    let matches = [
      Self.match("青城变电站", 0), Self.match("赤峰市青城变电站", 10), Self.match("包头市青城变电站", 20),
    ]
    let names = OrganizationNames(lexicon: .shared)
    #expect(names.canonicalNames(for: matches)["青城变电站"] == "赤峰市青城变电站")
    #expect(names.canonicalNames(for: matches.reversed())["青城变电站"] == "包头市青城变电站")
  }

  @Test func theLastMatchOfASurfaceDecidesWhetherItIsAKnownBody() {
    let names = OrganizationNames(lexicon: .shared)
    let known = Self.match("全国总工会", 0, known: "中华全国总工会")
    let bySuffix = Self.match("全国总工会", 10)
    #expect(names.canonicalNames(for: [bySuffix, known])["全国总工会"] == "中华全国总工会")
    #expect(names.canonicalNames(for: [known, bySuffix])["全国总工会"] == "全国总工会")
  }
}
