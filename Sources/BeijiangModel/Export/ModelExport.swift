import Foundation

/// The JSON form of the model, documented field by field in docs/model.md. The shape is versioned
/// by `schemaVersion`; fields are added, never renamed or removed, within one version.
public struct ModelExport: Codable, Equatable, Sendable {
  public static let schemaVersion = 1

  public struct ProjectEntry: Codable, Equatable, Sendable {
    public var key: String
    public var name: LocalizedName
    public var short: LocalizedName
    public var summary: LocalizedName
  }

  public struct DocumentEntry: Codable, Equatable, Sendable {
    public var source: String
    public var encoding: String
    public var title: String
    public var referenceDate: String?
    /// How `referenceDate` was found: option, dateline, front-matter, inferred or unknown.
    public var referenceSource: ReferenceSource
    /// For an inferred date: how many dates named its year.
    public var referenceEvidence: Int?
    public var length: Int
    public var sections: [Section]
    public var notes: [StructureNote]
    public var metrics: [Metric]
    public var dates: [DatedEvent]
    public var ordinals: [OrdinalRecord]
    public var people: [PersonEntry]
    public var organizations: [OrganizationEntry]
    public var places: [PlaceEntry]
    public var quotes: [QuoteEntry]
    public var initiatives: [InitiativeEntry]

    public init(_ document: Document) {
      let analysis = document.analysis
      source = document.source.name
      encoding = document.source.encoding.rawValue
      title = document.title
      referenceDate = document.referenceDate
      referenceSource = document.reference.source
      referenceEvidence = document.reference.evidence
      length = document.source.count
      sections = document.sections
      notes = document.notes
      metrics = analysis.metrics
      dates = analysis.dates
      ordinals = analysis.ordinals
      people = analysis.people
      organizations = analysis.organizations
      places = analysis.places
      quotes = analysis.quotes
      initiatives = analysis.initiatives
    }

    public func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(source, forKey: .source)
      try container.encode(encoding, forKey: .encoding)
      try container.encode(title, forKey: .title)
      try container.encode(referenceDate, forKey: .referenceDate)
      try container.encode(referenceSource, forKey: .referenceSource)
      try container.encode(referenceEvidence, forKey: .referenceEvidence)
      try container.encode(length, forKey: .length)
      try container.encode(sections, forKey: .sections)
      try container.encode(notes, forKey: .notes)
      try container.encode(metrics, forKey: .metrics)
      try container.encode(dates, forKey: .dates)
      try container.encode(ordinals, forKey: .ordinals)
      try container.encode(people, forKey: .people)
      try container.encode(organizations, forKey: .organizations)
      try container.encode(places, forKey: .places)
      try container.encode(quotes, forKey: .quotes)
      try container.encode(initiatives, forKey: .initiatives)
    }
  }

  public var schemaVersion: Int
  public var projects: [ProjectEntry]
  public var documents: [DocumentEntry]

  public init(documents: [Document], catalog: ProjectCatalog = .bundled) {
    schemaVersion = Self.schemaVersion
    projects = Self.projectEntries(catalog)
    self.documents = documents.map(DocumentEntry.init)
  }

  static func projectEntries(_ catalog: ProjectCatalog) -> [ProjectEntry] {
    catalog.projects.map { ProjectEntry(key: $0.key, name: $0.name, short: $0.short, summary: $0.summary) }
  }

  /// Pretty JSON with keys in a stable order, slashes and Chinese left unescaped.
  public func json() throws -> Data {
    try Self.prettyEncoder.encode(self)
  }

  static let prettyEncoder: JSONEncoder = {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return encoder
  }()
}
