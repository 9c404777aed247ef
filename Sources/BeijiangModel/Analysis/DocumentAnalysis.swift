/// Everything the extractors found in a document, placed in the source and in projects.
public struct DocumentAnalysis: Codable, Equatable, Sendable {
  public var metrics: [Metric] = []
  public var dates: [DatedEvent] = []
  public var ordinals: [OrdinalRecord] = []
  public var people: [PersonEntry] = []
  public var organizations: [OrganizationEntry] = []
  public var places: [PlaceEntry] = []
  public var quotes: [QuoteEntry] = []
  public var initiatives: [InitiativeEntry] = []

  public init() {}
}
