/// A printed brief of one or more articles: per project its headline, key figures, dated events,
/// people and places. Pure data; `beijiang summary` renders it as text, markdown or JSON.
public struct Brief: Codable, Equatable, Sendable {
  /// The language figures and project names are written in.
  public var language: FigureLanguage
  /// Whether only the reader's marked items were kept (`summary --marked`).
  public var markedOnly: Bool
  public var documents: [DocumentBrief]
  /// Across the articles, when there are several and the brief is not of marked items.
  public var corpus: CorpusBrief?

  public init(
    language: FigureLanguage, markedOnly: Bool, documents: [DocumentBrief], corpus: CorpusBrief? = nil
  ) {
    self.language = language
    self.markedOnly = markedOnly
    self.documents = documents
    self.corpus = corpus
  }

  /// Whether nothing at all is in the brief (no project of any document has an item).
  public var isEmpty: Bool { documents.allSatisfy { $0.projects.isEmpty } }
}

/// The brief of one article.
public struct DocumentBrief: Codable, Equatable, Sendable {
  /// A path, `-` or the bundled seed's name.
  public var source: String
  public var title: String
  public var referenceDate: String?
  public var projects: [ProjectBrief]

  public init(source: String, title: String, referenceDate: String?, projects: [ProjectBrief]) {
    self.source = source
    self.title = title
    self.referenceDate = referenceDate
    self.projects = projects
  }
}

/// One project of an article, as a brief tells it.
public struct ProjectBrief: Codable, Equatable, Sendable {
  public var key: String
  /// The project's name in the brief's language.
  public var name: String
  /// Its names in both languages, long and short.
  public var names: LocalizedName
  public var shortNames: LocalizedName
  /// The first section title of the project, else the project's one-line summary.
  public var headline: String
  /// The key figures, best first (see `KeyFigureRanking`).
  public var figures: [BriefFigure]
  /// Dated events in date order.
  public var events: [BriefEvent]
  public var people: [BriefPerson]
  public var places: [String]
  /// Quotes appear only in a brief of marked items.
  public var quotes: [BriefQuote]

  /// Whether the project has nothing to say.
  public var isEmpty: Bool {
    figures.isEmpty && events.isEmpty && people.isEmpty && places.isEmpty && quotes.isEmpty
  }
}

/// A key figure: how to say it, what it counts and where it comes from.
public struct BriefFigure: Codable, Equatable, Sendable {
  /// As a person says it in the brief's language: 4亿元左右, about 400 million yuan.
  public var spoken: String
  /// As the article wrote it.
  public var surface: String
  /// What is measured (供热面积), when the extractor found it.
  public var subject: String?
  /// What a counter counts (北疆工匠), when the extractor found it.
  public var counted: String?
  /// The clause of the sentence that holds the figure, for figures with neither subject nor noun.
  public var context: String
  /// `target` (a plan or goal) or `achieved`.
  public var role: String
  public var sentence: String
  public var paragraph: String
  public var start: Int
  public var end: Int

  /// What the figure is about, in as few words as the model knows: subject and counted noun,
  /// else the clause around it.
  public var about: String {
    let words = [subject, counted].compactMap { $0 }.filter { !$0.isEmpty }
    return words.isEmpty ? context : words.joined(separator: " ")
  }

  /// A target or a plan (`QuantityMention.Role.isForwardLooking`).
  public var isForwardLooking: Bool { QuantityMention.Role(rawValue: role)?.isForwardLooking ?? false }

}

/// A dated event: when, and a short form of what happened.
public struct BriefEvent: Codable, Equatable, Sendable {
  /// The date as a reader says it: 2024年3月29日, 2024年4月17日至18日; 29 Mar 2024.
  public var date: String
  /// The same without the year when the event lies in the article's own year (3月29日), for
  /// compact lists; equal to `date` otherwise.
  public var shortDate: String
  /// nil when the start is open or the year unknown (then `partialStart` holds what is known).
  public var startDate: CivilDate?
  public var endDate: CivilDate?
  public var partialStart: String?
  public var precision: DatePrecision
  public var open: DateOpenSide?
  public var role: DateRole?
  /// The date as the article wrote it (去年7月至12月).
  public var surface: String
  /// The clause of the sentence that says what happened, shortened for a line of text.
  public var summary: String
  /// The same clause in full, for formats with room for it.
  public var detail: String
  public var sentence: String
  public var paragraph: String
  public var start: Int
  public var end: Int
}

public struct BriefPerson: Codable, Equatable, Sendable {
  public var name: String
  public var titles: [String]
}

public struct BriefQuote: Codable, Equatable, Sendable {
  public var text: String
  public var speaker: String?
  public var start: Int
  public var end: Int
}
