/// The fields each kind of record puts on its `beijiang extract` line, written in their final order
/// (see `MentionLineSink`): `kind`, `surface`, `start`, `end`, the line's keys of
/// `MentionLines.leadingKeys` in that order, then its other keys alphabetically. They are exactly
/// what the record's Codable form holds, absent optionals as null where its encoder writes null, so
/// a line reads like the record in `beijiang export`. MentionLinesTests checks each kind's order and
/// values against the Codable form.
extension Metric {
  func writeLine<Sink: MentionLineSink>(to sink: inout Sink) {
    let quantity = quantity
    sink.field("kind", quantity.kind.rawValue)
    sink.field("surface", quantity.surface)
    sink.field("start", quantity.start)
    sink.field("end", quantity.end)
    sink.field("value", quantity.value)
    sink.field("low", quantity.low)
    sink.field("high", quantity.high)
    sink.field("unit", quantity.unit)
    sink.field("dimension", quantity.dimension)
    sink.field("qualifier", quantity.qualifier?.rawValue)
    sink.field("role", quantity.role.rawValue)
    sink.field("subject", quantity.subject)
    sink.field("counted", quantity.counted)
    sink.field("id", id)
    sink.field("project", project)
    sink.field("paragraph", paragraph)
    sink.field("baseUnit", quantity.baseUnit)
    sink.field("baseValue", quantity.baseValue)
    sink.field("change", quantity.change?.rawValue)
    sink.field("changeBasis", quantity.changeBasis)
    sink.field("changeKind", quantity.changeKind?.rawValue)
    sink.field("changed", quantity.changed)
    sink.field("currency", quantity.currency)
    sink.field("highInclusive", quantity.highInclusive)
    sink.field("lowInclusive", quantity.lowInclusive)
    sink.field("sentence", sentence)
  }
}

extension DatedEvent {
  func writeLine<Sink: MentionLineSink>(to sink: inout Sink) {
    sink.field("kind", "date")
    sink.field("surface", date.surface)
    sink.field("start", date.start)
    sink.field("end", date.end)
    sink.field("role", date.role?.rawValue)
    sink.field("startDate", date.startDate?.iso)
    sink.field("endDate", date.endDate?.iso)
    sink.field("partialStart", date.partialStart)
    sink.field("partialEnd", date.partialEnd)
    sink.field("precision", date.precision.rawValue)
    sink.field("id", id)
    sink.field("project", project)
    sink.field("paragraph", paragraph)
    sink.field("event", event)
    sink.field("open", date.open?.rawValue)
    sink.field("relative", date.relative)
    sink.field("resolvedAgainst", date.resolvedAgainst?.iso)
    sink.field("sentence", sentence)
  }
}

extension OrdinalRecord {
  func writeLine<Sink: MentionLineSink>(to sink: inout Sink) {
    sink.field("kind", "ordinal")
    sink.field("surface", surface)
    sink.field("start", start)
    sink.field("end", end)
    sink.field("value", value.map(Double.init))
    sink.field("ordinalKind", ordinalKind)
    sink.field("id", id)
    sink.field("project", project)
    sink.field("paragraph", paragraph)
  }
}

/// A named thing's mention as its line shows it: where the mention is, and the thing's id.
struct EntityLineMention {
  let kind: String
  let mention: MentionPlace
  let id: String
  let project: String

  /// `kind`, `surface`, `start`, `end`: every line begins with them.
  func writeHead<Sink: MentionLineSink>(to sink: inout Sink) {
    sink.field("kind", kind)
    sink.field("surface", mention.surface)
    sink.field("start", mention.start)
    sink.field("end", mention.end)
  }

  /// `project`, `paragraph`: the last of the leading keys.
  func writePlace<Sink: MentionLineSink>(to sink: inout Sink) {
    sink.field("project", project)
    sink.field("paragraph", mention.paragraph)
  }
}

/// Entity details that write their mention lines: the details' fields among the mention's.
protocol MentionLineDetails: EntityDetails {
  func writeLine<Sink: MentionLineSink>(_ line: EntityLineMention, to sink: inout Sink)
}

extension PersonDetails: MentionLineDetails {
  func writeLine<Sink: MentionLineSink>(_ line: EntityLineMention, to sink: inout Sink) {
    line.writeHead(to: &sink)
    sink.field("role", role.rawValue)
    sink.field("id", line.id)
    sink.field("name", name)
    sink.field("titles", titles)
    line.writePlace(to: &sink)
  }
}

extension OrganizationDetails: MentionLineDetails {
  func writeLine<Sink: MentionLineSink>(_ line: EntityLineMention, to sink: inout Sink) {
    line.writeHead(to: &sink)
    sink.field("id", line.id)
    sink.field("name", name)
    line.writePlace(to: &sink)
    sink.field("aliases", aliases)
  }
}

extension PlaceDetails: MentionLineDetails {
  func writeLine<Sink: MentionLineSink>(_ line: EntityLineMention, to sink: inout Sink) {
    line.writeHead(to: &sink)
    sink.field("id", line.id)
    sink.field("name", name)
    sink.field("placeKind", placeKind.rawValue)
    line.writePlace(to: &sink)
    sink.field("inGazetteer", inGazetteer)
    sink.field("within", within)
  }
}

extension QuoteDetails: MentionLineDetails {
  func writeLine<Sink: MentionLineSink>(_ line: EntityLineMention, to sink: inout Sink) {
    line.writeHead(to: &sink)
    sink.field("id", line.id)
    sink.field("text", text)
    sink.field("speaker", speaker.map(\.jsonValue) ?? .null)
    line.writePlace(to: &sink)
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
  func writeLine<Sink: MentionLineSink>(_ line: EntityLineMention, to sink: inout Sink) {
    line.writeHead(to: &sink)
    sink.field("id", line.id)
    sink.field("name", name)
    line.writePlace(to: &sink)
  }
}
