import Foundation
import Testing

@testable import BeijiangModel

/// The data-file types read their packed form by key (`PackedData`) instead of through Codable:
/// each must read exactly what `JSONDecoder` reads from the JSON source, and a bad file must fail
/// with where it is wrong.
@Suite struct PackedDataTests {
  /// What `JSONDecoder` reads from the JSON file and what `PackedData` reads from its packed form,
  /// both written out field by field.
  private static func readings<T: Decodable & PackedData>(_ type: T.Type, _ file: String) throws
    -> (json: String, packed: String)
  {
    let json = try #require(BundledFiles.bytes(named: "data/\(file)"))
    let packed = try #require(BundledFiles.packedBytes(named: "data/\(file)"))
    let fromJSON = try JSONDecoder().decode(T.self, from: json)
    let fromPacked = try T(packed: PackedObject(PackedBytes(packed).root))
    return (canonical(fromJSON), canonical(fromPacked))
  }

  @Test func everyDataFileReadsAsJSONDecoderReadsIt() throws {
    let readings: [(String, (json: String, packed: String))] = [
      ("numerals.json", try Self.readings(NumeralLexicon.self, "numerals.json")),
      ("units.json", try Self.readings(UnitLexicon.self, "units.json")),
      ("qualifiers.json", try Self.readings(QualifierLexicon.self, "qualifiers.json")),
      ("roles.json", try Self.readings(RoleCueLexicon.self, "roles.json")),
      ("context-words.json", try Self.readings(ContextWords.self, "context-words.json")),
      ("not-quantities.json", try Self.readings(NotQuantityWords.self, "not-quantities.json")),
      ("ordinals.json", try Self.readings(OrdinalLexicon.self, "ordinals.json")),
      ("changes.json", try Self.readings(ChangeLexicon.self, "changes.json")),
      ("dates.json", try Self.readings(DateLexicon.self, "dates.json")),
      ("datelines.json", try Self.readings(DatelineLexicon.self, "datelines.json")),
      ("surnames.json", try Self.readings(LexiconFiles.Surnames.self, "surnames.json")),
      ("titles.json", try Self.readings(LexiconFiles.Titles.self, "titles.json")),
      ("speech-verbs.json", try Self.readings(LexiconFiles.SpeechVerbs.self, "speech-verbs.json")),
      ("person-cues.json", try Self.readings(LexiconFiles.PersonCues.self, "person-cues.json")),
      ("name-stopwords.json", try Self.readings(LexiconFiles.NameStopwords.self, "name-stopwords.json")),
      ("boundary-words.json", try Self.readings(LexiconFiles.BoundaryWords.self, "boundary-words.json")),
      ("organizations.json", try Self.readings(LexiconFiles.Organizations.self, "organizations.json")),
      ("dates.json festivals", try Self.readings(LexiconFiles.Festivals.self, "dates.json")),
      ("gazetteer.json", try Self.readings(LexiconFiles.Gazetteer.self, "gazetteer.json")),
      ("initiative-cues.json", try Self.readings(LexiconFiles.InitiativeCues.self, "initiative-cues.json")),
      ("title-lines.json", try Self.readings(ArticleTitle.Lexicon.self, "title-lines.json")),
      ("figure-words.json", try Self.readings(FigureLexicon.self, "figure-words.json")),
      ("projects.json", try Self.readings(ProjectCatalog.self, "projects.json")),
      ("lunar-months.json", try Self.readings(LunarMonthsFile.self, "lunar-months.json")),
      (
        "traditional-characters.json",
        try Self.readings(ConvertibleCharacters.File.self, "traditional-characters.json")
      ),
    ]
    for (file, reading) in readings {
      #expect(reading.packed == reading.json, "\(file)")
      #expect(reading.json.count > 100, "\(file) read as almost nothing")
    }
  }

  /// Every JSON data file is read by some type above, so none escapes the comparison.
  @Test func everyJSONDataFileIsCompared() {
    let read = [
      "numerals", "units", "qualifiers", "roles", "context-words", "not-quantities", "ordinals",
      "changes", "dates", "datelines", "surnames", "titles", "speech-verbs", "person-cues",
      "name-stopwords", "boundary-words", "organizations", "gazetteer", "initiative-cues",
      "title-lines", "figure-words", "projects", "lunar-months", "traditional-characters",
    ].map { "data/\($0).json" }
    #expect(Set(EmbeddedFiles.packedBase64.keys) == Set(read))
  }

  private struct Pair: PackedData {
    let word: String
    let count: Int?
    let kind: PlaceKind
    init(packed object: PackedObject) throws {
      word = try object.string("word")
      count = try object.optionalInt("count")
      kind = try object.name("kind")
    }
  }

  private struct Pairs: PackedData {
    let pairs: [Pair]
    init(packed object: PackedObject) throws { pairs = try object.objects("pairs") }
  }

  private static func read(_ pairs: [[(String, TestPacked)]]) throws -> Pairs {
    let root = TestPacked.object([("pairs", .array(pairs.map { .object($0) }))])
    return try Pairs(packed: PackedObject(PackedBytes(root.bytes).root))
  }

  @Test func optionalFieldsMayBeMissingOrNull() throws {
    let read = try Self.read([
      [("word", .string("满洲里")), ("kind", .string("banner-county"))],
      [
        ("word", .string("二连浩特")), ("kind", .string("banner-county")), ("count", .null),
        ("extra", .number("1")),
      ],
      [("word", .string("呼伦贝尔")), ("kind", .string("banner-county")), ("count", .number("3.0"))],
    ])
    #expect(read.pairs.map(\.word) == ["满洲里", "二连浩特", "呼伦贝尔"])
    #expect(read.pairs.map(\.count) == [nil, nil, 3])
  }

  @Test(arguments: [
    ([("kind", TestPacked.string("banner-county"))], "pairs[1].word: no value"),
    ([("word", .string("满洲里")), ("kind", .null)], "pairs[1].kind: no value"),
    (
      [("word", .number("5")), ("kind", .string("banner-county"))],
      "pairs[1].word: expected a string, found number"
    ),
    (
      [("word", .string("满洲里")), ("kind", .string("town"))],
      "pairs[1].kind: \"town\" is not one of the names PlaceKind allows"
    ),
    (
      [("word", .string("满洲里")), ("kind", .string("banner-county")), ("count", .number("2.5"))],
      "pairs[1].count: expected an integer, found number"
    ),
  ])
  func aBadValueIsAnErrorThatSaysWhere(bad: [(String, TestPacked)], message: String) throws {
    let good: [(String, TestPacked)] = [("word", .string("二连浩特")), ("kind", .string("banner-county"))]
    let error = try #require(throws: PackedDataError.self) { try Self.read([good, bad]) }
    #expect(error.description == message)
  }
}
