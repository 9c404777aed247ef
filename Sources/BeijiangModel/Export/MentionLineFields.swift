/// The fields each kind of record puts on its `beijiang extract` line, in no particular order
/// (`KeyOrder` places them). They are exactly what the record's Codable form holds, absent
/// optionals as null where its encoder writes null, so a line reads like the record in
/// `beijiang export`; they are built directly because a JSONEncoder → JSONDecoder round trip per
/// mention cost a third of the run.
extension Metric {
  public var lineFields: [(String, JSONValue)] {
    let quantity = quantity
    return [
      ("kind", .string(quantity.kind.rawValue)), ("surface", .string(quantity.surface)),
      ("start", .integer(quantity.start)), ("end", .integer(quantity.end)),
      ("value", .optional(quantity.value)), ("low", .optional(quantity.low)),
      ("high", .optional(quantity.high)), ("unit", .optional(quantity.unit)),
      ("dimension", .optional(quantity.dimension)), ("baseValue", .optional(quantity.baseValue)),
      ("baseUnit", .optional(quantity.baseUnit)), ("qualifier", .optional(quantity.qualifier?.rawValue)),
      ("role", .string(quantity.role.rawValue)), ("subject", .optional(quantity.subject)),
      ("counted", .optional(quantity.counted)), ("currency", .optional(quantity.currency)),
      ("lowInclusive", quantity.lowInclusive.map(JSONValue.bool) ?? .null),
      ("highInclusive", quantity.highInclusive.map(JSONValue.bool) ?? .null),
      ("change", .optional(quantity.change?.rawValue)),
      ("changeKind", .optional(quantity.changeKind?.rawValue)),
      ("changeBasis", .optional(quantity.changeBasis)), ("changed", .optional(quantity.changed)),
      ("id", .string(id)), ("paragraph", .string(paragraph)),
      ("project", .string(project)), ("sentence", .string(sentence)),
    ]
  }
}

extension DatedEvent {
  public var lineFields: [(String, JSONValue)] {
    [
      ("kind", .string("date")), ("surface", .string(date.surface)), ("start", .integer(date.start)),
      ("end", .integer(date.end)), ("startDate", .optional(date.startDate?.iso)),
      ("endDate", .optional(date.endDate?.iso)), ("partialStart", .optional(date.partialStart)),
      ("partialEnd", .optional(date.partialEnd)), ("precision", .string(date.precision.rawValue)),
      ("open", .optional(date.open?.rawValue)), ("relative", .bool(date.relative)),
      ("resolvedAgainst", .optional(date.resolvedAgainst?.iso)), ("role", .optional(date.role?.rawValue)),
      ("id", .string(id)), ("paragraph", .string(paragraph)), ("project", .string(project)),
      ("sentence", .string(sentence)), ("event", .optional(event)),
    ]
  }
}

extension OrdinalRecord {
  public var lineFields: [(String, JSONValue)] {
    [
      ("kind", .string("ordinal")), ("id", .string(id)), ("surface", .string(surface)),
      ("start", .integer(start)), ("end", .integer(end)), ("value", value.map(JSONValue.integer) ?? .null),
      ("ordinalKind", .string(ordinalKind)), ("paragraph", .string(paragraph)),
      ("project", .string(project)),
    ]
  }
}

/// Entity details that can say what they put on a mention line; the mention itself adds where it is.
public protocol MentionLineDetails: EntityDetails {
  var lineFields: [(String, JSONValue)] { get }
}

extension PersonDetails: MentionLineDetails {
  public var lineFields: [(String, JSONValue)] {
    [
      ("name", .string(name)), ("titles", .strings(titles)), ("role", .string(role.rawValue)),
    ]
  }
}

extension OrganizationDetails: MentionLineDetails {
  public var lineFields: [(String, JSONValue)] { [("name", .string(name)), ("aliases", .strings(aliases))] }
}

extension PlaceDetails: MentionLineDetails {
  public var lineFields: [(String, JSONValue)] {
    [
      ("name", .string(name)), ("placeKind", .string(placeKind.rawValue)), ("within", .optional(within)),
      ("inGazetteer", .bool(inGazetteer)),
    ]
  }
}

extension QuoteDetails: MentionLineDetails {
  public var lineFields: [(String, JSONValue)] {
    [("text", .string(text)), ("speaker", speaker.map(\.jsonValue) ?? .null)]
  }
}

extension QuoteDetails.Speaker {
  /// Nested, so keys sorted; a speaker that is no known person has no `person` key at all.
  var jsonValue: JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("name", .string(name)), ("speakerKind", .string(speakerKind)), ("mention", mention.jsonValue),
    ]
    if let person { pairs.append(("person", .string(person))) }
    return .sortedObject(pairs)
  }
}

extension MentionPlace {
  var jsonValue: JSONValue {
    .sortedObject([
      ("paragraph", .string(paragraph)), ("start", .integer(start)), ("end", .integer(end)),
      ("surface", .string(surface)),
    ])
  }
}

extension InitiativeDetails: MentionLineDetails {
  public var lineFields: [(String, JSONValue)] { [("name", .string(name))] }
}
