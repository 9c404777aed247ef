/// Builds a `Brief` from documents: for each project (in catalog order, or the order asked for) its
/// headline, top key figures (`KeyFigureRanking`), dated events in date order, people and places.
/// With marks, only the marked figures, dates and quotes, in text order.
public struct BriefBuilder: Sendable {
  public var catalog: ProjectCatalog
  /// Longest short form of an event's sentence, in characters.
  public var eventSummaryLimit = 12
  /// Most events a project's brief lists (a brief is notes, not the timeline).
  public var eventLimit = 3
  /// Longest clause shown for a figure with neither subject nor counted noun, in characters.
  public var figureContextLimit = 16

  public init(catalog: ProjectCatalog = .bundled) {
    self.catalog = catalog
  }

  public func build(_ documents: [Document], options: BriefOptions) -> Brief {
    Brief(
      language: options.language, markedOnly: options.marks != nil,
      documents: documents.map { brief(of: $0, options: options) },
      corpus: options.marks == nil ? corpus(documents, options: options) : nil)
  }

  func brief(of document: Document, options: BriefOptions) -> DocumentBrief {
    let marked = options.marks.map { $0[BriefItemKeys.documentHash(document)] ?? [] }
    let keys = options.projects ?? catalog.keys
    let projects = keys.compactMap { key -> ProjectBrief? in
      guard let project = catalog.project(key) else { return nil }
      let brief = projectBrief(project, in: document, options: options, marked: marked)
      // A project the reader named stays even when empty; otherwise only projects with something to say.
      let keep = marked == nil ? !(brief.isEmpty && options.projects == nil) : !brief.isEmpty
      return keep ? brief : nil
    }
    return DocumentBrief(
      source: document.source.name, title: document.title, referenceDate: document.referenceDate,
      projects: projects)
  }

  private func projectBrief(
    _ project: Project, in document: Document, options: BriefOptions, marked: Set<MarkKey>?
  ) -> ProjectBrief {
    let analysis = document.analysis
    let language = options.language
    let metrics = analysis.metrics.filter { $0.project == project.key }
    let chosenMetrics: [Metric]
    if let marked {
      chosenMetrics = metrics.filter { marked.contains(BriefItemKeys.metric($0)) }
    } else {
      // A key figure needs a clean label: empty rather than the figure's own sentence.
      let labelled = metrics.filter { Self.hasCleanLabel($0.quantity) }
      chosenMetrics = KeyFigureRanking.rank(labelled.map(\.quantity), limit: max(0, options.top)).map {
        labelled[$0]
      }
    }
    var events = analysis.dates.filter { $0.project == project.key }
    if let marked {
      events = events.filter { marked.contains(BriefItemKeys.date($0)) }
    } else {
      events = mostTelling(events)
    }
    events.sort { DateMention.timelineOrder($0.date, $1.date) }
    return ProjectBrief(
      key: project.key, name: language == .zh ? project.name.zh : project.name.en, names: project.name,
      shortNames: project.short, headline: headline(project, in: document, language: language),
      figures: chosenMetrics.map { figure($0, language: language) },
      events: events.map { event($0, language: language, referenceYear: referenceYear(document)) },
      people: marked != nil ? [] : people(of: project.key, in: analysis),
      places: marked != nil
        ? [] : analysis.places.filter { $0.projects.contains(project.key) }.map(\.details.name),
      quotes: marked.map { quotes(of: project.key, in: analysis, marked: $0) } ?? [])
  }

  /// The first section title of the project, else its summary in the brief's language.
  func headline(_ project: Project, in document: Document, language: FigureLanguage) -> String {
    if let section = document.sections.first(where: { $0.project == project.key && !$0.title.isEmpty }) {
      return section.title
    }
    return language == .zh ? project.summary.zh : project.summary.en
  }

  func figure(_ metric: Metric, language: FigureLanguage) -> BriefFigure {
    let quantity = metric.quantity
    let clause = SentenceClauses.clause(of: metric.sentence, holding: quantity.surface)
    return BriefFigure(
      spoken: quantity.spoken(language), surface: quantity.surface, subject: quantity.subject,
      counted: quantity.counted, context: Self.context(clause, limit: figureContextLimit),
      role: quantity.role.rawValue, sentence: metric.sentence, paragraph: metric.paragraph,
      start: quantity.start, end: quantity.end)
  }

  /// Whether the figure has a label a reader can use: a subject or counted noun that does not
  /// repeat a figure (每年达到4亿元左右 is the sentence, not what is measured). A bare number
  /// without unit names a thing (12315系统, a hotline), it measures nothing.
  static func hasCleanLabel(_ quantity: QuantityMention) -> Bool {
    guard quantity.unit != nil || quantity.dimension != nil else { return false }
    let words = [quantity.subject, quantity.counted].compactMap { $0 }.filter { !$0.isEmpty }
    guard !words.isEmpty else { return false }
    return !words.contains { word in
      SentenceClauses.contains(word, quantity.surface)
        || word.unicodeScalars.contains { ("0"..."9").contains($0) }
    }
  }

  /// The clause for a marked figure without a label: whole when it fits, else up to the last list
  /// separator (、) that fits, else nothing; never cut inside a word, never with an ellipsis.
  static func context(_ clause: String, limit: Int) -> String {
    guard clause.count > limit else { return clause }
    let head = clause.prefix(limit)
    guard let cut = head.lastIndex(of: "、"), cut > head.startIndex else { return "" }
    return String(head[..<cut])
  }

  /// At most `eventLimit` events the model could phrase, the most precisely dated first (a day
  /// says more than a year), earlier in the text on a tie, each phrase once. A date without a phrase is left out: a
  /// dateline's date or a comparison's (比上年) anchors no event, and a clause clipped mid-word is
  /// no note a person would take. A date the reader marked is shown all the same.
  func mostTelling(_ events: [DatedEvent]) -> [DatedEvent] {
    let fineness: [DatePrecision: Int] = [
      .day: 0, .month: 1, .season: 2, .quarter: 2, .halfYear: 2, .year: 3,
    ]
    let ranked = events.filter { $0.event != nil }.enumerated().sorted {
      (fineness[$0.element.date.precision] ?? 3, $0.offset) < (
        fineness[$1.element.date.precision] ?? 3, $1.offset
      )
    }
    // Two dates of one clause (截至9月7日 … 今年 …) share its phrase: the finer date tells it once.
    var phrases = Set<String>()
    let distinct = ranked.map(\.element).filter { phrases.insert($0.event ?? "").inserted }
    return Array(distinct.prefix(eventLimit))
  }

  /// The year of the article's reference date, when it has one.
  func referenceYear(_ document: Document) -> Int? {
    document.referenceDate.flatMap(CivilDate.init(iso:))?.year
  }

  func event(_ event: DatedEvent, language: FigureLanguage, referenceYear: Int?) -> BriefEvent {
    let summary = SentenceClauses.event(in: event.sentence, date: event.date.surface)
    // The model's phrase is cut where a phrase ends; the clause is clipped only when it has none.
    let short = event.event ?? SentenceClauses.shortened(summary, limit: eventSummaryLimit)
    return BriefEvent(
      date: DateLabel.text(event.date, language: language),
      shortDate: DateLabel.text(event.date, language: language, omittingYear: referenceYear),
      startDate: event.date.startDate, endDate: event.date.endDate, partialStart: event.date.partialStart,
      precision: event.date.precision, open: event.date.open, role: event.date.role,
      surface: event.date.surface,
      summary: short, detail: summary,
      sentence: event.sentence,
      paragraph: event.paragraph, start: event.date.start, end: event.date.end)
  }

  private func people(of key: String, in analysis: DocumentAnalysis) -> [BriefPerson] {
    // Reporters wrote the article; the brief names the people it is about.
    analysis.people.filter { $0.projects.contains(key) && $0.details.role == .actor }.map {
      BriefPerson(name: $0.details.name, titles: $0.details.titles)
    }
  }

  /// Marked quotes of the project: a quote belongs to the project where it is first mentioned.
  private func quotes(of key: String, in analysis: DocumentAnalysis, marked: Set<MarkKey>) -> [BriefQuote] {
    analysis.quotes.compactMap { quote in
      guard quote.projects.first == key, let markKey = BriefItemKeys.quote(quote), marked.contains(markKey)
      else {
        return nil
      }
      return BriefQuote(
        text: quote.details.text, speaker: quote.details.speaker?.name, start: markKey.start, end: markKey.end
      )
    }
  }
}
