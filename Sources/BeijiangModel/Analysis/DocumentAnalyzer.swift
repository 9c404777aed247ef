/// Runs the extractors over a document's body paragraphs and ties every mention to its source
/// offsets, paragraph, sentence and project. Banner, credit and duplicate paragraphs are skipped:
/// layout is not content, and a repeat must not count its figures twice.
struct DocumentAnalyzer {
  let referenceDate: CivilDate?
  let entityExtractor: EntityExtractor

  func analyze(_ sections: [Section]) -> DocumentAnalysis {
    // Picked by index, so only body paragraphs are copied (a copy retains every field; `filter`
    // copies every element it looks at, and most of a long article's repeats are not body).
    var body: [Paragraph] = []
    for section in sections {
      for index in section.paragraphs.indices where section.paragraphs[index].kind == .body {
        body.append(section.paragraphs[index])
      }
    }
    var analysis = DocumentAnalysis()
    addMetrics(from: body, to: &analysis)
    addEntities(entityExtractor.extract(paragraphScalars: body.map(\.scalars)), from: body, to: &analysis)
    return analysis
  }

  private func addMetrics(from body: [Paragraph], to analysis: inout DocumentAnalysis) {
    let extractor = MetricsExtractor(referenceDate: referenceDate)
    for paragraph in body {
      let placer = ParagraphPlacer(paragraph)
      let found = extractor.extract(scalarValues: paragraph.scalars.map(\.value))
      for var quantity in found.quantities {
        let place = placer.place(start: quantity.start, end: quantity.end, surface: quantity.surface)
        let sentence = placer.sentenceText(at: quantity.start, end: quantity.end)
        (quantity.start, quantity.end) = (place.start, place.end)
        analysis.metrics.append(
          Metric(
            id: "m\(analysis.metrics.count + 1)", quantity: quantity, paragraph: paragraph.id,
            project: paragraph.project, sentence: sentence))
      }
      for var date in found.dates {
        let place = placer.place(start: date.start, end: date.end, surface: date.surface)
        let sentence = placer.sentenceText(at: date.start, end: date.end)
        (date.start, date.end) = (place.start, place.end)
        analysis.dates.append(
          DatedEvent(
            id: "d\(analysis.dates.count + 1)", date: date, paragraph: paragraph.id,
            project: paragraph.project,
            sentence: sentence, event: EventPhrase.phrase(sentence: sentence, date: date.surface)))
      }
      for ordinal in found.ordinals {
        let place = placer.place(start: ordinal.start, end: ordinal.end, surface: ordinal.surface)
        analysis.ordinals.append(
          OrdinalRecord(
            id: "o\(analysis.ordinals.count + 1)", ordinal: ordinal, place: place, project: paragraph.project)
        )
      }
    }
  }

  private func addEntities(
    _ found: ExtractedEntities, from body: [Paragraph], to analysis: inout DocumentAnalysis
  ) {
    var placers: [Int: ParagraphPlacer] = [:]
    func placer(_ index: Int) -> ParagraphPlacer {
      if let cached = placers[index] { return cached }
      let made = ParagraphPlacer(body[index])
      placers[index] = made
      return made
    }
    func places(_ mentions: [EntityMention]) -> [MentionPlace] {
      mentions.map { placer($0.paragraph).place(start: $0.start, end: $0.end, surface: $0.surface) }
        .sorted { $0.start < $1.start }
    }
    func projects(_ mentions: [EntityMention]) -> [String] {
      var seen: [String] = []
      for mention in mentions.sorted(by: { ($0.paragraph, $0.start) < ($1.paragraph, $1.start) }) {
        let project = body[mention.paragraph].project
        if !seen.contains(project) { seen.append(project) }
      }
      return seen
    }
    func record<Details>(_ id: String, _ details: Details, _ mentions: [EntityMention]) -> EntityRecord<
      Details
    > {
      EntityRecord(id: id, details: details, mentions: places(mentions), projects: projects(mentions))
    }
    analysis.people = found.people.map {
      record($0.id, PersonDetails(name: $0.name, titles: $0.titles, role: $0.role), $0.mentions)
    }
    analysis.organizations = found.organizations.map {
      record($0.id, OrganizationDetails(name: $0.canonical, aliases: $0.aliases), $0.mentions)
    }
    analysis.places = found.places.map {
      record(
        $0.id,
        PlaceDetails(name: $0.name, placeKind: $0.kind, within: $0.within, inGazetteer: $0.inGazetteer),
        $0.mentions)
    }
    analysis.quotes = found.quotes.map { quote in
      let speaker = quote.speaker.map {
        QuoteDetails.Speaker(
          name: $0.name, speakerKind: $0.kind.rawValue, person: $0.personID,
          mention: places([$0.mention])[0])
      }
      return record(quote.id, QuoteDetails(text: quote.text, speaker: speaker), quote.mentions)
    }
    analysis.initiatives = found.initiatives.map {
      record($0.id, InitiativeDetails(name: $0.name), $0.mentions)
    }
  }
}
