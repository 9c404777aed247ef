/// Everything the entity extractor found in one document, each kind in order of first mention.
public struct ExtractedEntities: Codable, Sendable, Equatable {
  public var people: [Person]
  public var organizations: [Organization]
  public var places: [Place]
  public var quotes: [Quote]
  public var initiatives: [Initiative]

  public init(
    people: [Person] = [], organizations: [Organization] = [], places: [Place] = [],
    quotes: [Quote] = [], initiatives: [Initiative] = []
  ) {
    self.people = people
    self.organizations = organizations
    self.places = places
    self.quotes = quotes
    self.initiatives = initiatives
  }
}
