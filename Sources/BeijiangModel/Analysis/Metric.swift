/// A quantity or percentage in the document: the extractor's mention with source offsets, plus
/// its paragraph, project and sentence. Encodes flat, as one object, like `beijiang extract` lines.
public struct Metric: Codable, Equatable, Sendable {
  public var id: String
  public var quantity: QuantityMention
  public var paragraph: String
  public var project: String
  public var sentence: String

  private enum ExtraKeys: String, CodingKey { case id, paragraph, project, sentence }

  public init(id: String, quantity: QuantityMention, paragraph: String, project: String, sentence: String) {
    self.id = id
    self.quantity = quantity
    self.paragraph = paragraph
    self.project = project
    self.sentence = sentence
  }

  public init(from decoder: any Decoder) throws {
    quantity = try QuantityMention(from: decoder)
    let container = try decoder.container(keyedBy: ExtraKeys.self)
    id = try container.decode(String.self, forKey: .id)
    paragraph = try container.decode(String.self, forKey: .paragraph)
    project = try container.decode(String.self, forKey: .project)
    sentence = try container.decode(String.self, forKey: .sentence)
  }

  public func encode(to encoder: any Encoder) throws {
    try quantity.encode(to: encoder)
    var container = encoder.container(keyedBy: ExtraKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(paragraph, forKey: .paragraph)
    try container.encode(project, forKey: .project)
    try container.encode(sentence, forKey: .sentence)
  }
}

/// A date in the document, tied to its sentence: one event on its project's timeline.
public struct DatedEvent: Codable, Equatable, Sendable {
  public var id: String
  public var date: DateMention
  public var paragraph: String
  public var project: String
  public var sentence: String
  /// What happened at the date in at most `EventPhrase.limit` characters, cut only where a phrase
  /// ends (国务院印发《关于推动内蒙古高质量发展…的意见》); nil when no such cut exists.
  public var event: String?

  private enum ExtraKeys: String, CodingKey { case kind, id, paragraph, project, sentence, event }

  public init(
    id: String, date: DateMention, paragraph: String, project: String, sentence: String, event: String? = nil
  ) {
    self.id = id
    self.date = date
    self.paragraph = paragraph
    self.project = project
    self.sentence = sentence
    self.event = event
  }

  public init(from decoder: any Decoder) throws {
    date = try DateMention(from: decoder)
    let container = try decoder.container(keyedBy: ExtraKeys.self)
    id = try container.decode(String.self, forKey: .id)
    paragraph = try container.decode(String.self, forKey: .paragraph)
    project = try container.decode(String.self, forKey: .project)
    sentence = try container.decode(String.self, forKey: .sentence)
    event = try container.decodeIfPresent(String.self, forKey: .event)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: ExtraKeys.self)
    try container.encode("date", forKey: .kind)
    try date.encode(to: encoder)
    try container.encode(id, forKey: .id)
    try container.encode(paragraph, forKey: .paragraph)
    try container.encode(project, forKey: .project)
    try container.encode(sentence, forKey: .sentence)
    try container.encode(event, forKey: .event)
  }
}

/// An ordinal or serial number (第七届, 1号文件, 1328驿站, 十四五): kept apart from the metrics.
public struct OrdinalRecord: Codable, Equatable, Sendable {
  public var id: String
  public var surface: String
  public var start: Int
  public var end: Int
  public var value: Int?
  /// What the number orders: an edition, a document, a station, a period …
  public var ordinalKind: String
  public var paragraph: String
  public var project: String

  private enum CodingKeys: String, CodingKey {
    case kind, id, surface, start, end, value, ordinalKind, paragraph, project
  }

  public init(id: String, ordinal: OrdinalMention, place: MentionPlace, project: String) {
    self.id = id
    surface = ordinal.surface
    start = place.start
    end = place.end
    value = ordinal.value
    ordinalKind = ordinal.kind
    paragraph = place.paragraph
    self.project = project
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    surface = try container.decode(String.self, forKey: .surface)
    start = try container.decode(Int.self, forKey: .start)
    end = try container.decode(Int.self, forKey: .end)
    value = try container.decode(Int?.self, forKey: .value)
    ordinalKind = try container.decode(String.self, forKey: .ordinalKind)
    paragraph = try container.decode(String.self, forKey: .paragraph)
    project = try container.decode(String.self, forKey: .project)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode("ordinal", forKey: .kind)
    try container.encode(id, forKey: .id)
    try container.encode(surface, forKey: .surface)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(value, forKey: .value)
    try container.encode(ordinalKind, forKey: .ordinalKind)
    try container.encode(paragraph, forKey: .paragraph)
    try container.encode(project, forKey: .project)
  }
}
