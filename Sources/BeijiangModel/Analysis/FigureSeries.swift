/// The same indicator reported in several articles: one project, one label (the figure's subject,
/// such as 供热面积) and one dimension (area), with one point per article ordered by the article's
/// reference date. A person sees how a figure has been reported over time.
public struct FigureSeries: Codable, Equatable, Sendable {
  public var project: String
  public var label: String
  public var dimension: String
  public var points: [SeriesPoint]

  public init(project: String, label: String, dimension: String, points: [SeriesPoint]) {
    self.project = project
    self.label = label
    self.dimension = dimension
    self.points = points
  }

  /// Whether the reported value moved between the first and the last article.
  public var changed: Bool {
    guard let first = points.first?.value, let last = points.last?.value else { return false }
    return first != last
  }

  /// The change from the first article to the last, in the dimension's base unit.
  public var change: Double? {
    guard let first = points.first?.value, let last = points.last?.value else { return nil }
    return last - first
  }
}

/// One article's figure in a series.
public struct SeriesPoint: Codable, Equatable, Sendable {
  /// The article's position among the documents given.
  public var document: Int
  public var source: String
  public var title: String
  public var referenceDate: String?
  /// The figure in the dimension's base unit (`QuantityMention.magnitude`).
  public var value: Double
  /// As the article wrote it.
  public var surface: String
  public var role: QuantityMention.Role
  public var metric: String

  public init(
    document: Int, source: String, title: String, referenceDate: String?, value: Double, surface: String,
    role: QuantityMention.Role, metric: String
  ) {
    self.document = document
    self.source = source
    self.title = title
    self.referenceDate = referenceDate
    self.value = value
    self.surface = surface
    self.role = role
    self.metric = metric
  }
}
