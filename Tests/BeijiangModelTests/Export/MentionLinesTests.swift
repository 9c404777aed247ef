import Foundation
import Testing

@testable import BeijiangModel

/// The direct mention lines against the Codable round trip they replace (`CodableMentionLines`):
/// the same text, byte for byte, for every mention.
@Suite struct MentionLinesTests {
  static func expectSameLines(_ document: Document) throws {
    let direct = MentionLines.lines(for: document)
    let reference = try CodableMentionLines.lines(for: document)
    #expect(direct.count == reference.count)
    for (line, expected) in zip(direct, reference) {
      #expect(line.text == CodableMentionLines.text(expected))
    }
    let expectedText = Array(CodableMentionLines.jsonl(reference).utf8)
    #expect(MentionLines.jsonl(direct) == expectedText)
    #expect(MentionLines.jsonl(for: document) == expectedText)
    // With several files each line names its source, merged in as `JSONValue.merging` does.
    let source: [(String, JSONValue)] = [("source", .string("dir/article \"1\".txt"))]
    #expect(
      MentionLines.jsonl(for: document, merging: source)
        == Array(CodableMentionLines.jsonl(reference.map { $0.merging(source) }).utf8))
  }

  @Test func everyMentionOfTheSeedMatchesTheCodableLines() throws {
    let seed = try TestFiles.seed
    let analysis = seed.analysis
    // The seed has every kind of line, so the comparison covers each record's fields.
    #expect(!analysis.metrics.isEmpty && !analysis.dates.isEmpty && !analysis.ordinals.isEmpty)
    #expect(!analysis.people.isEmpty && !analysis.organizations.isEmpty && !analysis.places.isEmpty)
    #expect(!analysis.quotes.isEmpty && !analysis.initiatives.isEmpty)
    try Self.expectSameLines(seed)
  }

  static let corpusFiles = [
    "Tests/BeijiangModelTests/Fixtures/composed-2025.txt",
    "Tests/BeijiangModelTests/Fixtures/composed-no-headings.txt",
    "Tests/FuzzCorpus/control-escapes.txt", "Tests/FuzzCorpus/numbers.txt", "Tests/FuzzCorpus/quotes.txt",
    "Tests/FuzzCorpus/mixed-scripts-rtl.txt",
  ]

  @Test(arguments: corpusFiles)
  func composedArticlesMatchTheCodableLines(path: String) throws {
    try Self.expectSameLines(try TestFiles.document(TestFiles.repositoryRoot.appending(path: path).path))
  }

  /// Records made by hand with what the extractors rarely give: absent values, decimals and
  /// negatives, a speaker with and without a person, text that must be escaped.
  @Test func handMadeRecordsMatchTheCodableLines() throws {
    var document = try TestFiles.document(text: "北疆新闻\n\n自治区全年完成造林300万亩。\n\n他说：“要干。”\n")
    let paragraph = try #require(document.paragraphs.last?.id)
    document.analysis = Self.edgeAnalysis(paragraph: paragraph)
    try Self.expectSameLines(document)
  }

  static func edgeAnalysis(paragraph: String) -> DocumentAnalysis {
    var analysis = DocumentAnalysis()
    let place = MentionPlace(paragraph: paragraph, start: 3, end: 5, surface: "“王\"五\\”\n")
    analysis.metrics = [
      Metric(
        id: "m1", quantity: QuantityMention(kind: .quantity, surface: "300万亩", start: 9, end: 14, value: 3e6),
        paragraph: paragraph, project: "ecology", sentence: "自治区全年完成造林300万亩。"),
      Metric(
        id: "m2",
        quantity: QuantityMention(
          kind: .percentage, surface: "-2.5%至40%", start: 1, end: 9, value: nil, low: -0.025, high: 0.4,
          unit: "%", dimension: "share", baseValue: 0.1 + 0.2, baseUnit: "%", qualifier: .atLeast,
          role: .target, subject: "增\t速", counted: "\u{2028}"),
        paragraph: "p-missing", project: "", sentence: "tab\tand \u{1B} escape"),
    ]
    if let start = CivilDate(year: 2025, month: 1, day: 1),
      let end = CivilDate(year: 2025, month: 12, day: 31)
    {
      analysis.dates = [
        DatedEvent(
          id: "d1",
          date: DateMention(
            surface: "2025年", start: 9, end: 14, startDate: start, endDate: end, precision: .year),
          paragraph: paragraph, project: "ecology", sentence: "2025年")
      ]
    }
    analysis.ordinals = [
      OrdinalRecord(
        id: "o1", ordinal: OrdinalMention(surface: "十四五", start: 0, end: 3, value: nil, kind: "period"),
        place: place, project: "overview"),
      OrdinalRecord(
        id: "o2", ordinal: OrdinalMention(surface: "第七届", start: 0, end: 3, value: 7, kind: "edition"),
        place: place, project: "overview"),
    ]
    analysis.people = [
      EntityRecord(
        id: "person:王五", details: PersonDetails(name: "王五", titles: []), mentions: [place], projects: []),
      EntityRecord(
        id: "person:李四", details: PersonDetails(name: "李四", titles: ["主席", "书记"]), mentions: [place, place],
        projects: []),
    ]
    analysis.organizations = [
      EntityRecord(
        id: "org:总工会", details: OrganizationDetails(name: "自治区总工会", aliases: ["总工会"]), mentions: [place],
        projects: [])
    ]
    analysis.places = [
      EntityRecord(
        id: "place:包头市",
        details: PlaceDetails(name: "包头市", placeKind: .leagueCity, within: nil, inGazetteer: true),
        mentions: [place], projects: []),
      EntityRecord(
        id: "place:达茂旗",
        details: PlaceDetails(name: "达茂旗", placeKind: .bannerCounty, within: "包头市", inGazetteer: false),
        mentions: [place], projects: []),
    ]
    let speakerPlace = MentionPlace(paragraph: paragraph, start: 0, end: 1, surface: "他")
    analysis.quotes = [
      EntityRecord(
        id: "q1", details: QuoteDetails(text: "要干。", speaker: nil), mentions: [place], projects: []),
      EntityRecord(
        id: "q2",
        details: QuoteDetails(
          text: "“要\"干\"。”",
          speaker: .init(name: "他", speakerKind: "person", person: nil, mention: speakerPlace)),
        mentions: [place], projects: []),
      EntityRecord(
        id: "q3",
        details: QuoteDetails(
          text: "干",
          speaker: .init(name: "王五", speakerKind: "group", person: "person:王五", mention: speakerPlace)
        ),
        mentions: [place], projects: []),
    ]
    analysis.initiatives = [
      EntityRecord(
        id: "initiative:六个工程", details: InitiativeDetails(name: "六个工程"), mentions: [place], projects: [])
    ]
    return analysis
  }

  @Test func linesStartWithTheLeadingKeysAndSortTheRest() throws {
    for line in MentionLines.lines(for: try TestFiles.seed) {
      guard case .object(let pairs) = line else {
        Issue.record("not an object: \(line.text)")
        continue
      }
      let keys = pairs.map(\.0)
      let leading = keys.prefix { MentionLines.leadingKeys.contains($0) }
      #expect(Array(leading) == MentionLines.leadingKeys.filter(leading.contains))
      let rest = Array(keys.dropFirst(leading.count))
      #expect(rest == rest.sorted())
      #expect(rest.allSatisfy { !MentionLines.leadingKeys.contains($0) })
      #expect(keys.first == "kind")
    }
  }

  @Test func linesComeInTextOrder() throws {
    let starts = MentionLines.lines(for: try TestFiles.seed).map { line -> Double in
      guard case .number(let start) = line["start"] else { return -1 }
      return start
    }
    #expect(starts.allSatisfy { $0 >= 0 })
    #expect(starts == starts.sorted())
  }
}
