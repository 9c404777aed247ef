/// What one kind of named thing says about itself, besides where it is mentioned.
public protocol EntityDetails: Codable, Equatable, Sendable {
  /// The kind as `beijiang extract` names it: person, organization, place, quote, initiative.
  static var kind: String { get }
  /// The name (or for a quote, its text) a list shows.
  var label: String { get }
}

/// A named thing of the document with every mention placed in the source, and the projects of the
/// paragraphs it is mentioned in (in order of first mention). Encodes flat: the details' fields,
/// then `id`, `mentions` and `projects`.
public struct EntityRecord<Details: EntityDetails>: Codable, Equatable, Sendable {
  public var id: String
  public var details: Details
  public var mentions: [MentionPlace]
  public var projects: [String]

  private enum ExtraKeys: String, CodingKey { case id, mentions, projects }

  public init(id: String, details: Details, mentions: [MentionPlace], projects: [String]) {
    self.id = id
    self.details = details
    self.mentions = mentions
    self.projects = projects
  }

  public init(from decoder: any Decoder) throws {
    details = try Details(from: decoder)
    let container = try decoder.container(keyedBy: ExtraKeys.self)
    id = try container.decode(String.self, forKey: .id)
    mentions = try container.decode([MentionPlace].self, forKey: .mentions)
    projects = try container.decode([String].self, forKey: .projects)
  }

  public func encode(to encoder: any Encoder) throws {
    try details.encode(to: encoder)
    var container = encoder.container(keyedBy: ExtraKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(mentions, forKey: .mentions)
    try container.encode(projects, forKey: .projects)
  }
}

public struct PersonDetails: EntityDetails {
  public static let kind = "person"
  public var name: String
  public var titles: [String]
  /// actor, or reporter for a byline or credit.
  public var role: PersonRole = .actor
  public var label: String { name }
}

public struct OrganizationDetails: EntityDetails {
  public static let kind = "organization"
  /// The fullest form the text gives.
  public var name: String
  /// Shorter forms that name the same body (自治区总工会 for 内蒙古自治区总工会).
  public var aliases: [String]
  public var label: String { name }
}

public struct PlaceDetails: EntityDetails {
  public static let kind = "place"
  public var name: String
  public var placeKind: PlaceKind
  /// The larger place it lies in, when the gazetteer knows.
  public var within: String?
  public var inGazetteer: Bool
  public var label: String { name }

  private enum CodingKeys: String, CodingKey { case name, placeKind, within, inGazetteer }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(placeKind, forKey: .placeKind)
    try container.encode(within, forKey: .within)
    try container.encode(inGazetteer, forKey: .inGazetteer)
  }
}

public struct QuoteDetails: EntityDetails {
  public static let kind = "quote"
  public struct Speaker: Codable, Equatable, Sendable {
    public var name: String
    /// `person` or `group`.
    public var speakerKind: String
    /// The id of the person record, when the speaker is a known person.
    public var person: String?
    public var mention: MentionPlace
  }

  public var text: String
  public var speaker: Speaker?
  public var label: String { text }

  private enum CodingKeys: String, CodingKey { case text, speaker }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(text, forKey: .text)
    try container.encode(speaker, forKey: .speaker)
  }
}

public struct InitiativeDetails: EntityDetails {
  public static let kind = "initiative"
  public var name: String
  public var label: String { name }
}

public typealias PersonEntry = EntityRecord<PersonDetails>
public typealias OrganizationEntry = EntityRecord<OrganizationDetails>
public typealias PlaceEntry = EntityRecord<PlaceDetails>
public typealias QuoteEntry = EntityRecord<QuoteDetails>
public typealias InitiativeEntry = EntityRecord<InitiativeDetails>
