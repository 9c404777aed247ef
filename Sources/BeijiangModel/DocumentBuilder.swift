/// The pipeline from source text to a classified document.
public struct DocumentBuilder: Sendable {
  public var classifier: ProjectClassifier
  public var entityExtractor: EntityExtractor

  public init(
    classifier: ProjectClassifier = ProjectClassifier(), entityExtractor: EntityExtractor = EntityExtractor()
  ) {
    self.classifier = classifier
    self.entityExtractor = entityExtractor
  }

  /// - Parameter referenceDate: `YYYY-MM-DD` to use instead of the date inferred from the text.
  ///
  /// An article in traditional characters is read in simplified ones, then given its own
  /// characters back (`TraditionalScript`, `OriginalCharacters`); offsets are the same in both.
  public func build(_ source: SourceText, referenceDate: String? = nil) -> Document {
    guard let simplified = TraditionalScript.simplified(source) else {
      return buildAsWritten(source, referenceDate: referenceDate)
    }
    var document = buildAsWritten(simplified, referenceDate: referenceDate)
    OriginalCharacters(original: source, converted: simplified).restore(&document)
    return document
  }

  func buildAsWritten(_ source: SourceText, referenceDate: String?) -> Document {
    var (sections, notes) = StructureBuilder(source: source).build()
    DocumentClassifier(classifier: classifier).classify(&sections)
    var body = DocumentAnalyzer.body(of: sections)
    let (reference, entities, metrics) = read(
      body, sections: sections, source: source, referenceDate: referenceDate)
    // Nothing walks the paragraphs' scalars after the extractors, so they are dropped before the
    // records are gathered, not when the document is handed on: a long article's peak was there,
    // with every paragraph held twice (docs/performance.md, session 9).
    Document.compact(&sections)
    for index in body.indices { body[index].compact() }
    let analysis = DocumentAnalyzer(referenceDate: reference.date, entityExtractor: entityExtractor)
      .analyze(body: body, entities: entities, metrics: consume metrics)
    return Document(
      source: source, title: Self.title(of: sections, source: source), reference: reference,
      sections: sections,
      notes: notes, analysis: analysis)
  }

  /// The reference date, the named things and the figures of each run of body paragraphs. The named
  /// things need no reference date, so on a long article they are found while the date is inferred
  /// and then the figures read (`ConcurrentWork.both`).
  private func read(_ body: [Paragraph], sections: [Section], source: SourceText, referenceDate: String?)
    -> (ReferenceFinding, ExtractedEntities, [[ParagraphMetrics]])
  {
    let ranges = DocumentAnalyzer.metricRanges(body)
    let extractor = entityExtractor
    let find = { @Sendable in extractor.extract(paragraphScalars: body.map(\.scalars)) }
    let infer = { @Sendable in Self.reference(given: referenceDate, sections: sections, source: source) }
    let read = { @Sendable (reference: ReferenceFinding, part: Int) in
      DocumentAnalyzer.metrics(
        of: body, ranges[part], extractor: MetricsExtractor(referenceDate: reference.date))
    }
    guard source.scalars.count >= DocumentAnalyzer.concurrentScalars else {
      let reference = infer()
      return (reference, find(), ranges.indices.map { read(reference, $0) })
    }
    return ConcurrentWork.both(infer, find, thenParts: ranges.count, read)
  }

  /// The given date, else the one the text speaks from (`ReferenceDate.find`), read from the
  /// headings and every paragraph but repeats: a paragraph printed twice must not count its years
  /// twice, as it does not count its figures twice.
  static func reference(given: String?, sections: [Section], source: SourceText) -> ReferenceFinding {
    if let given, let date = CivilDate(iso: given) { return ReferenceFinding(date: date, source: .option) }
    var parts: [[Unicode.Scalar]] = []
    for section in sections {
      parts.append(section.title.scalars)
      for index in section.paragraphs.indices where section.paragraphs[index].kind != .duplicate {
        parts.append(section.paragraphs[index].scalars)
      }
    }
    return ReferenceDate.find(parts: parts, source: source.scalars)
  }

  /// The first heading; for an article without headings its first line that reads as a headline
  /// (`ArticleTitle`), else the start of its first paragraph.
  static func title(of sections: [Section], source: SourceText) -> String {
    if let heading = sections.first(where: { !$0.title.isEmpty }) { return heading.title }
    let titles = ArticleTitle()
    if let headline = titles.headline(in: source.scalars) { return headline }
    guard let first = sections.first?.paragraphs.first(where: { $0.kind == .body }) else { return "" }
    return titles.opening(of: first.text)
  }
}
