/// A brief of articles handed over one at a time, so `summary` of a corpus never holds every
/// model: each article gives its own brief at once and keeps, for the brief across articles, only
/// what that reads (its name, title, reference date and figures). The result is the very `Brief`
/// that `BriefBuilder.build` makes of all the articles together.
public struct StreamedBrief: Sendable {
  let builder: BriefBuilder
  let options: BriefOptions
  private var briefs: [DocumentBrief] = []
  private var figuresOnly: [Document] = []

  public init(builder: BriefBuilder, options: BriefOptions) {
    self.builder = builder
    self.options = options
  }

  public mutating func add(_ document: Document) {
    briefs.append(builder.brief(of: document, options: options))
    if options.marks == nil { figuresOnly.append(Self.figuresOnly(document)) }
  }

  public var brief: Brief {
    Brief(
      language: options.language, markedOnly: options.marks != nil, documents: briefs,
      corpus: options.marks == nil ? builder.corpus(figuresOnly, options: options) : nil)
  }

  /// The document without its text, sections and named things: what `BriefBuilder.corpus` and
  /// `SeriesFinder` read of it.
  static func figuresOnly(_ document: Document) -> Document {
    var kept = document
    kept.source = SourceText(name: document.source.name, encoding: document.source.encoding, scalars: [])
    kept.sections = []
    kept.notes = []
    kept.analysis = DocumentAnalysis()
    kept.analysis.metrics = document.analysis.metrics
    return kept
  }
}
