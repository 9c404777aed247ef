/// Finds the people, organisations, places, quotes and initiatives of one document.
///
/// It reads the paragraphs in order and works at document level: a person named once with a title is
/// recognised wherever the bare name appears later, and a short organisation name joins its full form.
/// Mentions are Unicode-scalar offsets into the paragraph texts exactly as given. See
/// docs/extraction.md for the rules and their limits.
public struct EntityExtractor: Sendable {
  private let lexicon: EntityLexicon

  public init() {
    lexicon = .shared
  }

  public func extract(paragraphs: [String]) -> ExtractedEntities {
    extract(paragraphScalars: paragraphs.map { Array($0.unicodeScalars) })
  }

  /// The same, on paragraphs already decoded to scalars (a document's paragraphs keep theirs:
  /// decoding each text again cost time on text without repeats, docs/performance.md, Session 10).
  func extract(paragraphScalars: [[Unicode.Scalar]]) -> ExtractedEntities {
    let texts = paragraphScalars.enumerated().map { ScalarParagraph(index: $0.offset, scalars: $0.element) }
    // Places first: organisation names step over them and people never overlap them.
    let places = texts.map { PlaceFinder(lexicon: lexicon).places(in: $0) }
    let organizations = texts.map {
      OrganizationFinder(lexicon: lexicon).organizations(in: $0, places: places[$0.index])
    }
    let segments = texts.map { QuotedSegments.segments(in: $0) }
    let speech = speechGroups(texts, segments)
    let initiatives = InitiativeFinder(lexicon: lexicon).initiatives(
      in: texts, segments: segments, speech: speech.map { $0.flatMap { $0.map(\.span) } })
    let slogans = texts.flatMap { SloganSpans.spans(segments[$0.index], in: $0) }
    let blocked = CoveredOffsets(
      places.flatMap { $0.map(\.span) } + organizations.flatMap { $0.map(\.span) }
        + initiatives.map(\.span) + slogans)
    let people = PeopleCollector(lexicon: lexicon).people(
      in: texts, organizations: organizations.map { $0.map(\.span) }, blocked: blocked)
    return ExtractedEntities(
      people: people.map { person(from: $0, texts) },
      organizations: EntityAssembly.organizations(
        organizations.flatMap { $0 }, names: OrganizationNames(lexicon: lexicon), texts),
      places: EntityAssembly.places(
        outside(initiatives, places.flatMap { $0 }), texts),
      quotes: quotes(speech, texts, people: people),
      initiatives: EntityAssembly.initiatives(initiatives, texts))
  }

  /// Per paragraph, the groups of adjacent quotations that read as speech.
  private func speechGroups(_ texts: [ScalarParagraph], _ segments: [[QuotedSegment]])
    -> [[[QuotedSegment]]]
  {
    texts.map { paragraph in
      QuotedSegments.adjacentGroups(segments[paragraph.index]).filter {
        QuotedSegments.readsAsSpeech($0, in: paragraph)
      }
    }
  }

  /// The places not inside an initiative's name (北疆 in 暖边北疆行 names a campaign, not a place).
  private func outside(_ initiatives: [InitiativeMatch], _ places: [PlaceMatch]) -> [PlaceMatch] {
    let spans = CoveredOffsets(initiatives.map(\.span))
    return places.filter { !spans.overlaps($0.span) }
  }

  private func person(from record: PersonRecord, _ texts: [ScalarParagraph]) -> Person {
    Person(
      id: Self.personID(record.name), name: record.name, titles: record.titles,
      mentions: record.mentions.sorted().map { texts[$0.paragraph].mention($0.start, $0.end) },
      role: record.isReporter ? .reporter : .actor)
  }

  private static func personID(_ name: String) -> String { "person:\(name)" }

  private func quotes(
    _ speech: [[[QuotedSegment]]], _ texts: [ScalarParagraph], people: [PersonRecord]
  ) -> [Quote] {
    let named = NamedPeople(
      people.flatMap { record in
        record.mentions.map {
          NamedPeople.Mention(name: record.name, id: Self.personID(record.name), span: $0)
        }
      })
    let attributor = QuoteAttributor(lexicon: lexicon)
    var quotes: [Quote] = []
    for paragraph in texts {
      for group in speech[paragraph.index] {
        guard let first = group.first, let last = group.last else { continue }
        let text = group.map { paragraph.text($0.contentStart, $0.contentEnd) }.joined()
        quotes.append(
          Quote(
            id: "quote:\(quotes.count + 1)", text: text,
            speaker: attributor.speaker(of: group, in: paragraph, people: named),
            mentions: [paragraph.mention(first.open, last.close + 1)]))
      }
    }
    return quotes
  }
}
