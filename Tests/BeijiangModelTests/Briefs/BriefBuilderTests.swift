import Testing

@testable import BeijiangModel

/// `BriefBuilder` on an article composed in the seed's style, and its short forms and date labels.
@Suite struct BriefBuilderTests {
  static let article = """
    # 守护万家温暖 做好供暖保供

    2024年3月1日，自治区总工会慰问组深入包头市热电厂，看望慰问供热一线职工。热电厂供热面积覆盖包头市1200万平方米，服务热用户8.5万户。到2026年，全市供热覆盖将达到3000万平方米，投入资金约2亿元。

    # 建设口岸驿站 服务边境职工

    在绵延300多公里的边境线上，满洲里市总工会建成口岸职工驿站12个。2月5日，工会组织走访边境口岸，慰问职工600余人，投入慰问资金85万元。

    """

  static func document() throws -> Document {
    try TestFiles.document(text: article)
  }

  @Test func projectsComeInCatalogOrderWithTheirHeadlines() throws {
    let brief = BriefBuilder().build([try Self.document()], options: BriefOptions())
    let projects = try #require(brief.documents.first?.projects)
    #expect(projects.map(\.key) == ["ports", "warmth"])
    #expect(projects.map(\.headline) == ["建设口岸驿站 服务边境职工", "守护万家温暖 做好供暖保供"])
    #expect(projects.map(\.name) == ["口岸·自贸区创建", "温暖工程"])
  }

  @Test func figuresAreRankedSpokenAndLimited() throws {
    let brief = BriefBuilder().build(
      [try Self.document()], options: BriefOptions(projects: ["warmth"], top: 2, language: .en))
    let figures = try #require(brief.documents.first?.projects.first?.figures)
    #expect(figures.map(\.surface) == ["约2亿元", "3000万平方米"])
    #expect(figures.map(\.spoken) == ["about 200 million yuan", "30 million square meters"])
    #expect(figures.allSatisfy { $0.isForwardLooking })
    #expect(figures[1].subject == "供热覆盖")
  }

  @Test func eventsAreInDateOrderWithAShortForm() throws {
    let brief = BriefBuilder().build([try Self.document()], options: BriefOptions(projects: ["warmth"]))
    let events = try #require(brief.documents.first?.projects.first?.events)
    #expect(events.map(\.date) == ["2024年3月1日", "2026年"])
    // The model's event phrase: whole clauses of at most 24 characters, never clipped mid-word.
    #expect(events.map(\.summary) == ["自治区总工会慰问组深入包头市热电厂", "全市供热覆盖将达到3000万平方米"])
    #expect(events.first?.detail == "自治区总工会慰问组深入包头市热电厂")
  }

  @Test func aNamedProjectWithNothingStaysAndAnUnnamedOneGoes() throws {
    let document = try Self.document()
    let all = BriefBuilder().build([document], options: BriefOptions())
    #expect(!(all.documents.first?.projects.map(\.key).contains("integrity") ?? true))
    let named = BriefBuilder().build([document], options: BriefOptions(projects: ["integrity"]))
    let integrity = try #require(named.documents.first?.projects.first)
    #expect(integrity.isEmpty)
    #expect(integrity.headline == "诚信建设提升年与作风建设")
  }

  @Test func marksKeepOnlyTheMarkedItems() throws {
    let document = try Self.document()
    let metric = try #require(document.analysis.metrics.first { $0.quantity.surface == "85万元" })
    let date = try #require(document.analysis.dates.first { $0.date.surface == "2024年3月1日" })
    let marks = [
      BriefItemKeys.documentHash(document): Set([BriefItemKeys.metric(metric), BriefItemKeys.date(date)])
    ]
    let brief = BriefBuilder().build([document], options: BriefOptions(marks: marks))
    let projects = try #require(brief.documents.first?.projects)
    #expect(brief.markedOnly)
    #expect(projects.flatMap(\.figures).map(\.surface) == ["85万元"])
    #expect(projects.flatMap(\.events).map(\.surface) == ["2024年3月1日"])
    #expect(projects.allSatisfy { $0.people.isEmpty && $0.places.isEmpty })
    let none = BriefBuilder().build([document], options: BriefOptions(marks: [:]))
    #expect(none.isEmpty)
  }

  @Test func markKeysUseTheAgreedKinds() throws {
    let document = try Self.document()
    let metric = try #require(document.analysis.metrics.first)
    let key = BriefItemKeys.metric(metric)
    #expect(key.kind == "metric")
    #expect(key.start == metric.quantity.start && key.end == metric.quantity.end)
    #expect(Array(document.source.scalars[key.start..<key.end]).map(String.init).joined() == key.surface)
    #expect(BriefItemKeys.date(document.analysis.dates[0]).kind == "date")
  }

  struct EventCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let date: String
    let expected: String
    var testDescription: String { sentence }
  }

  @Test(arguments: [
    EventCase(sentence: "3月5日，自治区总工会举办职工创新行动。", date: "3月5日", expected: "自治区总工会举办职工创新行动"),
    EventCase(sentence: "3月5日自治区总工会举办职工创新行动。", date: "3月5日", expected: "自治区总工会举办职工创新行动"),
    EventCase(sentence: "3月29日，张文斌团队迎来高光时刻。", date: "3月29日", expected: "张文斌团队迎来高光时刻"),
    EventCase(sentence: "在即将进入的炎夏季节，开展夏送清凉慰问。", date: "炎夏季节", expected: "开展夏送清凉慰问"),
    EventCase(sentence: "自治区总工会自2023年起，对工会经费实行全额返还。", date: "2023年", expected: "自治区总工会自2023年起"),
    EventCase(sentence: "今年1月，满洲里口岸货运量创新高", date: "今年1月", expected: "满洲里口岸货运量创新高"),
  ])
  func anEventIsTheClauseThatSaysWhatHappened(_ example: EventCase) {
    #expect(SentenceClauses.event(in: example.sentence, date: example.date) == example.expected)
  }

  struct DateCase: Sendable, CustomTestStringConvertible {
    let start: String
    let end: String
    let precision: DatePrecision
    let zh: String
    let en: String
    let zhShort: String
    var testDescription: String { zh }
  }

  @Test(arguments: [
    DateCase(
      start: "2024-03-29", end: "2024-03-29", precision: .day, zh: "2024年3月29日", en: "29 Mar 2024",
      zhShort: "3月29日"),
    DateCase(
      start: "2024-04-17", end: "2024-04-18", precision: .day, zh: "2024年4月17日至18日", en: "17–18 Apr 2024",
      zhShort: "4月17日至18日"),
    DateCase(
      start: "2024-03-30", end: "2024-04-02", precision: .day, zh: "2024年3月30日至4月2日", en: "30 Mar–2 Apr 2024",
      zhShort: "3月30日至4月2日"),
    DateCase(
      start: "2023-12-30", end: "2024-01-02", precision: .day, zh: "2023年12月30日至2024年1月2日",
      en: "30 Dec 2023–2 Jan 2024", zhShort: "2023年12月30日至2024年1月2日"),
    DateCase(
      start: "2023-10-01", end: "2023-10-31", precision: .month, zh: "2023年10月", en: "Oct 2023",
      zhShort: "2023年10月"),
    DateCase(
      start: "2023-07-01", end: "2023-12-31", precision: .month, zh: "2023年7月至12月", en: "Jul–Dec 2023",
      zhShort: "2023年7月至12月"),
    DateCase(
      start: "2024-06-01", end: "2024-08-31", precision: .season, zh: "2024年6月至8月", en: "Jun–Aug 2024",
      zhShort: "6月至8月"),
    DateCase(
      start: "2024-01-01", end: "2024-12-31", precision: .year, zh: "2024年", en: "2024", zhShort: "2024年"),
    DateCase(
      start: "2022-01-01", end: "2024-12-31", precision: .year, zh: "2022年至2024年", en: "2022–2024",
      zhShort: "2022年至2024年"),
  ])
  func datesAreLabelledAsFinelyAsTheArticleFixedThem(_ example: DateCase) throws {
    let start = try #require(CivilDate(iso: example.start))
    let end = try #require(CivilDate(iso: example.end))
    #expect(DateLabel.text(from: start, to: end, precision: example.precision, language: .zh) == example.zh)
    #expect(DateLabel.text(from: start, to: end, precision: example.precision, language: .en) == example.en)
    #expect(
      DateLabel.text(from: start, to: end, precision: example.precision, language: .zh, omittingYear: 2024)
        == example.zhShort)
  }
}
