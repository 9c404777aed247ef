import ArgumentParser
import BeijiangModel
import Foundation

extension Beijiang {
  struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Print a brief: per project its headline, key figures, dates, people and places.",
      discussion: """
        Key figures are ranked as docs/briefs.md explains: targets and money first, larger before \
        smaller, one figure per subject. Text is wrapped to the terminal (80 columns when piped) and \
        coloured only on a terminal without NO_COLOR.

        --marked keeps only the figures, dates and quotes marked with m in the dashboard \
        ($XDG_STATE_HOME/beijiang/marks.json). slides: a presenterm deck, a title slide and a slide \
        per project (`presenterm brief.md`).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, markdown, json, slides
    }

    @OptionGroup var input: InputOptions

    @Option(
      name: .customLong("project"),
      help: "Only this project (repeatable), by key: \(ProjectCatalog.bundled.keys.joined(separator: ", ")).")
    var projects: [String] = []

    @Option(help: "Output format: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Option(help: "Language of figures and labels: zh or en.")
    var lang: FigureLanguage = .zh

    @Option(help: "Key figures per project (1-50).")
    var top: Int = 5

    @Flag(help: "Only the items marked in the dashboard.")
    var marked = false

    @Option(help: "Text width in columns (default: the terminal's, or 80 when not a terminal).")
    var width: Int?

    mutating func validate() throws {
      guard (1...50).contains(top) else { throw ValidationError("--top must be from 1 to 50, not \(top)") }
      if let width, width < 20 { throw ValidationError("--width must be at least 20 columns, not \(width)") }
    }

    func run() throws {
      let catalog = ProjectCatalog.bundled
      if let unknown = projects.first(where: { catalog.project($0) == nil }) {
        Failure.exit(
          message: "unknown project '\(unknown)'; valid keys: \(catalog.keys.joined(separator: ", "))",
          code: 64)
      }
      let environment = ProcessInfo.processInfo.environment
      let options = BriefOptions(
        projects: projects.isEmpty ? nil : uniqued(projects), top: top, language: lang)
      let (brief, documents, exitStatus) =
        marked || format == .slides
        ? Self.briefHoldingArticles(input, options: options, marked: marked, environment: environment)
        : Self.streamedBrief(input, options: options)
      switch format {
      case .text:
        let columns = width ?? StandardOutput.terminalColumns ?? 80
        Output.write(
          BriefTextRenderer(width: columns, colour: StandardOutput.usesColour(environment: environment))
            .render(brief))
      case .markdown: Output.write(BriefMarkdownRenderer().render(brief))
      case .json: Output.write(try BriefJSONRenderer().render(brief))
      case .slides: Output.write(BriefSlidesRenderer(documents: documents).render(brief))
      }
      if exitStatus != 0 { Failure.exit(code: exitStatus) }
    }

    /// Each article's brief taken as it is built and the article dropped, so memory holds the
    /// figures of a corpus, not its models.
    static func streamedBrief(_ input: InputOptions, options: BriefOptions) -> (Brief, [Document], Int32) {
      var streamed = StreamedBrief(builder: BriefBuilder(), options: options)
      let status = ArticleStream.forEach(input) { document, _ in streamed.add(document) }
      return (streamed.brief, [], status)
    }

    /// Marks are looked up, and slides written, with every article at hand.
    static func briefHoldingArticles(
      _ input: InputOptions, options: BriefOptions, marked: Bool, environment: [String: String]
    ) -> (Brief, [Document], Int32) {
      let loaded = input.articles()
      var options = options
      if marked { options.marks = marks(for: loaded.documents, environment: environment) }
      return (BriefBuilder().build(loaded.documents, options: options), loaded.documents, loaded.exitStatus)
    }

    /// The marked items of each document; problems with the marks file are reported, not fatal.
    static func marks(for documents: [Document], environment: [String: String]) -> [DocumentHash: Set<
      MarkKey
    >] {
      let (store, problems) = MarksStore.open(environment: environment)
      for problem in problems { Diagnostics.note(problem.message) }
      var marks: [DocumentHash: Set<MarkKey>] = [:]
      for document in documents {
        let hash = BriefItemKeys.documentHash(document)
        let keys = Set(store.marks(in: hash).map(\.key))
        let stale = keys.subtracting(BriefItemKeys.all(in: document))
        if !stale.isEmpty {
          Diagnostics.note(
            "\(document.source.name): \(stale.count) marked item(s) no longer found in the text; kept in the marks file"
          )
        }
        marks[hash] = keys
      }
      return marks
    }

    private func uniqued(_ keys: [String]) -> [String] {
      var seen = Set<String>()
      return keys.filter { seen.insert($0).inserted }
    }
  }
}

extension FigureLanguage: ExpressibleByArgument {}
