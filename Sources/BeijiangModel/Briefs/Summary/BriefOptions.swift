/// What a brief covers and how it is written.
public struct BriefOptions: Sendable, Equatable {
  /// Project keys in the order to print them; nil for every project of the catalog, in its order.
  public var projects: [String]?
  /// How many key figures per project (ignored for marked items: every marked figure is kept).
  public var top: Int
  public var language: FigureLanguage
  /// Only the items whose keys are given, per document; nil for a normal brief.
  public var marks: [DocumentHash: Set<MarkKey>]?

  public init(
    projects: [String]? = nil, top: Int = 5, language: FigureLanguage = .zh,
    marks: [DocumentHash: Set<MarkKey>]? = nil
  ) {
    self.projects = projects
    self.top = top
    self.language = language
    self.marks = marks
  }
}
