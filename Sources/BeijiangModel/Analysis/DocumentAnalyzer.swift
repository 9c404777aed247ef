/// Runs the extractors over a document's body paragraphs and ties every mention to its source
/// offsets, paragraph, sentence and project. Banner, credit and duplicate paragraphs are skipped:
/// layout is not content, and a repeat must not count its figures twice.
struct DocumentAnalyzer {
  let referenceDate: CivilDate?
  let entityExtractor: EntityExtractor

  /// Body paragraphs above this many scalars in all are read on every core (`ConcurrentWork`);
  /// below it, splitting costs more than it saves.
  static let concurrentScalars = 1 << 16

  func analyze(_ sections: [Section]) -> DocumentAnalysis {
    let body = Self.body(of: sections)
    let ranges = Self.metricRanges(body)
    let extractor = MetricsExtractor(referenceDate: referenceDate)
    let found = ConcurrentWork.map(ranges.count) { Self.metrics(of: body, ranges[$0], extractor: extractor) }
    return analyze(
      body: body, entities: entityExtractor.extract(paragraphScalars: body.map(\.scalars)),
      metrics: consume found)
  }

  /// The paragraphs the extractors read: body copy, not layout lines or repeats.
  static func body(of sections: [Section]) -> [Paragraph] {
    // Picked by index, so only body paragraphs are copied (a copy retains every field; `filter`
    // copies every element it looks at, and most of a long article's repeats are not body).
    var body: [Paragraph] = []
    for section in sections {
      for index in section.paragraphs.indices where section.paragraphs[index].kind == .body {
        body.append(section.paragraphs[index])
      }
    }
    return body
  }

  /// The runs of body paragraphs whose figures are read as one piece of work: one run for a short
  /// article; for a long one, runs of similar length, more than there are cores, so a core that
  /// finishes its other work early takes its share of them (`ConcurrentWork.both`).
  static func metricRanges(_ body: [Paragraph]) -> [Range<Int>] {
    let weights = body.map(\.scalars.count)
    let parts = weights.reduce(0, +) < concurrentScalars ? 1 : 16
    return ConcurrentWork.ranges(splitting: weights, into: parts)
  }

  /// The figures, dates and ordinals of the paragraphs of one run (`metricRanges`), unnumbered.
  static func metrics(of body: [Paragraph], _ range: Range<Int>, extractor: MetricsExtractor)
    -> [ParagraphMetrics]
  {
    range.map { metrics(of: body[$0], extractor: extractor) }
  }

  /// The analysis of `body`, whose named things were found already (`EntityExtractor`), and whose
  /// figures were read run by run (`metrics(of:_:extractor:)`, in text order).
  func analyze(body: [Paragraph], entities: ExtractedEntities, metrics: consuming [[ParagraphMetrics]])
    -> DocumentAnalysis
  {
    var analysis = DocumentAnalysis()
    var metrics = metrics
    add(&metrics, to: &analysis)
    addEntities(entities, from: body, to: &analysis)
    return analysis
  }

  /// Figures, dates and ordinals of each paragraph, numbered in text order. Each run's records are
  /// let go once copied, so they and the whole article's arrays are not all held at once.
  private func add(_ found: inout [[ParagraphMetrics]], to analysis: inout DocumentAnalysis) {
    // Sized once: a metric or dated event is a large value, and each doubling copied them all.
    func total(_ count: (ParagraphMetrics) -> Int) -> Int {
      found.reduce(0) { sum, part in part.reduce(sum) { $0 + count($1) } }
    }
    analysis.metrics.reserveCapacity(total { $0.metrics.count })
    analysis.dates.reserveCapacity(total { $0.dates.count })
    analysis.ordinals.reserveCapacity(total { $0.ordinals.count })
    for part in found.indices {
      // Taken out of `found`, so its arrays are uniquely held: ids are set in place and the
      // records leave with one copy each into the document's arrays, instead of a copy per loop
      // variable and another per append.
      var paragraphs: [ParagraphMetrics] = []
      swap(&paragraphs, &found[part])
      for index in paragraphs.indices {
        number(&paragraphs[index], from: analysis)
        analysis.metrics.append(contentsOf: paragraphs[index].metrics)
        analysis.dates.append(contentsOf: paragraphs[index].dates)
        analysis.ordinals.append(contentsOf: paragraphs[index].ordinals)
        paragraphs[index] = ParagraphMetrics()
      }
    }
  }

  /// Ids in text order, following the records already in `analysis`.
  private func number(_ paragraph: inout ParagraphMetrics, from analysis: DocumentAnalysis) {
    for index in paragraph.metrics.indices {
      paragraph.metrics[index].id = "m\(analysis.metrics.count + index + 1)"
    }
    for index in paragraph.dates.indices {
      paragraph.dates[index].id = "d\(analysis.dates.count + index + 1)"
    }
    for index in paragraph.ordinals.indices {
      paragraph.ordinals[index].id = "o\(analysis.ordinals.count + index + 1)"
    }
  }

  /// One paragraph's records, placed in the source; their ids are left empty.
  private static func metrics(of paragraph: Paragraph, extractor: MetricsExtractor) -> ParagraphMetrics {
    var records = ParagraphMetrics()
    let placer = ParagraphPlacer(paragraph)
    let found = extractor.extract(scalars: paragraph.scalars)
    records.metrics.reserveCapacity(found.quantities.count)
    records.dates.reserveCapacity(found.dates.count)
    records.ordinals.reserveCapacity(found.ordinals.count)
    for var quantity in found.quantities {
      let place = placer.place(start: quantity.start, end: quantity.end, surface: quantity.surface)
      let sentence = placer.sentenceText(at: quantity.start, end: quantity.end)
      (quantity.start, quantity.end) = (place.start, place.end)
      records.metrics.append(
        Metric(
          id: "", quantity: quantity, paragraph: paragraph.id, project: paragraph.project, sentence: sentence)
      )
    }
    for var date in found.dates {
      let place = placer.place(start: date.start, end: date.end, surface: date.surface)
      let sentence = placer.sentenceText(at: date.start, end: date.end)
      // The event is read at the date's own place: the same date text can come earlier (a
      // dateline's 25日电 before 25日), or inside a longer date (2023年 in 2023年3月12日).
      let offset = placer.sentenceOffset(at: date.start, end: date.end)
      let event = EventPhrase.phrase(sentence: sentence, date: date.surface, at: offset)
      (date.start, date.end) = (place.start, place.end)
      records.dates.append(
        DatedEvent(
          id: "", date: date, paragraph: paragraph.id, project: paragraph.project,
          sentence: sentence, event: event))
    }
    for ordinal in found.ordinals {
      let place = placer.place(start: ordinal.start, end: ordinal.end, surface: ordinal.surface)
      records.ordinals.append(
        OrdinalRecord(id: "", ordinal: ordinal, place: place, project: paragraph.project))
    }
    return records
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

/// The figures, dates and ordinals of one paragraph, before they are numbered.
struct ParagraphMetrics: Sendable {
  var metrics: [Metric] = []
  var dates: [DatedEvent] = []
  var ordinals: [OrdinalRecord] = []
}
