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

  @Test(arguments: ["", "李明华", "a李明华，b", "“赵志刚”说：好", "，，", "额尔敦\u{1F600}和他", "乌云其其格巴特尔说"])
  func hanRunsMatchAWalkOverTheScalarsUpToTheirReach(_ text: String) {
    let scalars = Array(text.unicodeScalars)
    let runs = HanRuns(scalars)
    for offset in 0...scalars.count {
      var end = offset
      while end < scalars.count, EntityScalarClass.isHan(scalars[end]) { end += 1 }
      var start = offset
      while start > 0, EntityScalarClass.isHan(scalars[start - 1]) { start -= 1 }
      for reach in 0...7 {
        #expect(
          runs.end(from: offset, reach: reach) == min(end, offset + reach), "\(offset) \(reach) \(text)")
        #expect(
          runs.start(endingAt: offset, reach: reach) == max(start, offset - reach),
          "\(offset) \(reach) \(text)")
      }
    }
  }

  @Test func scalarBitSetAgreesWithASetOfScalars() {
    let members: [Unicode.Scalar] = ["的", "在", "了", "a", "，", "\u{0}", "\u{20000}", "\u{10FFFF}", "龥"]
    let bits = ScalarBitSet(members)
    let probes: [Unicode.Scalar] =
      members + ["是", "b", "。", "\u{1}", "\u{20001}", "\u{3FFFF}", "一", "\u{40}"]
    for scalar in probes {
      #expect(bits.contains(scalar) == members.contains(scalar), "\(scalar.value)")
    }
    #expect(!ScalarBitSet().contains("的"))
  }

  @Test func scalarBitSetsOfWordEnds() {
    let first = ScalarBitSet.firstScalars(of: ["包括", "", "以"])
    let last = ScalarBitSet.lastScalars(of: ["包括", "", "以", "总书记"])
    #expect(first == ScalarBitSet(["包", "以"] as [Unicode.Scalar]))
    #expect(last == ScalarBitSet(["括", "以", "记"] as [Unicode.Scalar]))
  }

  /// The bit sets the name finders test before their lookups hold the first (or last) scalar of every
  /// word those lookups can find; a missing one would silently drop names.
  @Test func nameFinderBitSetsCoverEveryWordTheyStandFor() {
    let lexicon = EntityLexicon.shared
    let titles = BundledFiles.decodeData(LexiconFiles.Titles.self, named: "titles.json")
    let surnames = BundledFiles.decodeData(LexiconFiles.Surnames.self, named: "surnames.json")
    let stopwords = BundledFiles.decodeData(LexiconFiles.NameStopwords.self, named: "name-stopwords.json")
    let cues = BundledFiles.decodeData(LexiconFiles.PersonCues.self, named: "person-cues.json")
    let speech = BundledFiles.decodeData(LexiconFiles.SpeechVerbs.self, named: "speech-verbs.json")
    let nameStarts =
      titles.roles + titles.honors + stopwords.words + surnames.single + surnames.double + cues.groups
    for word in nameStarts {
      #expect(lexicon.hanNameStartScalars.contains(word.unicodeScalars.first!), "\(word)")
    }
    let cueWords =
      cues.after + cues.strongAfter + titles.afterName + speech.adverbs + speech.verbs
      + cues.visitReports.openers
    for word in cueWords {
      #expect(lexicon.personCueAfterStartScalars.contains(word.unicodeScalars.first!), "\(word)")
    }
    for word in titles.roles + titles.honors + cues.enclosures.map(\.before) {
      #expect(lexicon.titleAndEnclosureEndScalars.contains(word.unicodeScalars.last!), "\(word)")
    }
    for word in cues.enclosures.map(\.after) {
      #expect(lexicon.enclosureAfterStartScalars.contains(word.unicodeScalars.first!), "\(word)")
    }
    let surnameLengths = (surnames.single + surnames.double).map(\.unicodeScalars.count)
    #expect(lexicon.longestSurname == surnameLengths.max())
    for word in cues.companions {
      #expect(lexicon.companionStartScalars.contains(word.unicodeScalars.first!), "\(word)")
    }
    #expect(!lexicon.hanNameStartScalars.contains("，") && !lexicon.personCueAfterStartScalars.contains("，"))
  }

  @Test(arguments: [
    ("王明说", 2, PersonContext.Strength.strong), ("王明也说", 2, .strong), ("王明总书记", 2, .strong),
    ("王明一行", 2, .strong), ("王明等", 2, .weak), ("王明，", 2, .weak), ("王明a", 2, .weak),
    ("王明华", 2, .none), ("王明3人", 2, .none), ("王明", 2, .weak), ("王明也", 2, .none),
  ])
  func strengthAfterANameReadsTheCueThere(_ text: String, _ offset: Int, _ expected: PersonContext.Strength) {
    let context = PersonContext(paragraph: ScalarParagraph(index: 0, text: text), lexicon: .shared)
    #expect(context.strengthAfter(offset) == expected)
  }

  /// `mayEndName` is false only where no rule could end a name: no cue after it and no enclosure.
  @Test(arguments: [
    "包括王明在内的4名大国工匠", "以王明为代表", "王明华也说，王明3人", "欧阳明华总书记一行", "王明", "王明a王明等",
  ])
  func aNameMayEndWhereACueOrAnEnclosureFollows(_ text: String) {
    let paragraph = ScalarParagraph(index: 0, text: text)
    let context = PersonContext(paragraph: paragraph, lexicon: .shared)
    for end in 0...paragraph.count + 1 {
      let enclosed = (0...end).contains { context.isEnclosed(start: $0, end: end) }
      if context.strengthAfter(end) != .none || enclosed {
        #expect(context.mayEndName(at: end), "\(end) in \(text)")
      }
    }
  }

  @Test(arguments: [
    // A digit may open a date that follows a titled name (副部长赵明远28日在北京透露), so a name may end there.
    ("王明华", 2, false), ("王明3人", 2, true), ("王明说", 2, true), ("王明，", 2, true), ("王明在内", 2, true),
  ])
  func aNameCannotEndBeforeOrdinaryHanText(_ text: String, _ end: Int, _ expected: Bool) {
    let context = PersonContext(paragraph: ScalarParagraph(index: 0, text: text), lexicon: .shared)
    #expect(context.mayEndName(at: end) == expected)
  }

  @Test func shortestMatchIsTheFirstOfAllMatches() {
    let forward = WordTrie(words: ["总工会", "总工", "工会"], value: true)
    let backward = WordTrie(words: ["总工会", "工会"], value: true, reversed: true)
    let text = Array("自治区总工会".unicodeScalars)
    for offset in -1...7 {
      #expect(
        forward.shortestMatch(in: text, at: offset)?.length
          == forward.matches(in: text, at: offset).first?.length)
      #expect(
        backward.shortestMatch(in: text, endingAt: offset)?.length
          == backward.matches(in: text, endingAt: offset).first?.length)
    }
    #expect(forward.shortestMatch(in: text, at: 3)?.length == 2)
    #expect(backward.shortestMatch(in: text, endingAt: 6)?.length == 2)
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
