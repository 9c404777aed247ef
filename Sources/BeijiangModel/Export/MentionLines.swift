/// Every mention of a document as one JSON object each, in text order: the lines of
/// `beijiang extract`. Figures, dates and ordinals come as the model holds them; named things give
/// one line per mention, carrying the thing's id and details.
public enum MentionLines {
  public static let leadingKeys = [
    "kind", "surface", "start", "end", "value", "low", "high", "unit", "dimension", "qualifier", "role",
    "subject", "counted", "startDate", "endDate", "precision", "ordinalKind", "id", "name", "titles",
    "placeKind", "text", "speaker", "project", "paragraph",
  ]

  /// `leadingKeys` first, then the other keys alphabetically.
  public static let keyOrder = KeyOrder(leading: leadingKeys)

  public static func lines(for document: Document) -> [JSONValue] {
    var lines: [JSONValue] = []
    var arranger = KeyArranger(keyOrder)
    forEachLine(of: document) { fields in lines.append(.object(arranger.arrange(fields))) }
    return lines
  }

  /// The lines of a document as JSON Lines text, each object followed by a newline; `extra` pairs
  /// are merged into every line as `JSONValue.merging` does. Each line is written as soon as its
  /// fields are known: `lines(for:)` then `jsonl(_:)` gives the same bytes, but keeping a `JSONValue`
  /// per line until the end and sorting them was a third of writing the lines.
  public static func jsonl(for document: Document, merging extra: [(String, JSONValue)] = []) -> [UInt8] {
    var writer = JSONTextWriter()
    var arranger = KeyArranger(keyOrder)
    forEachLine(of: document) { fields in
      writer.writeObject(fields, in: arranger.permutation(for: fields), merging: extra)
      writer.writeNewline()
    }
    return writer.bytes
  }

  /// The lines as JSON Lines text, each object followed by a newline.
  public static func jsonl(_ lines: [JSONValue]) -> [UInt8] {
    var writer = JSONTextWriter()
    for line in lines {
      writer.write(line)
      writer.writeNewline()
    }
    return writer.bytes
  }

  /// Calls `body` with each line's fields, in text order and in no particular key order.
  private static func forEachLine(of document: Document, _ body: ([(String, JSONValue)]) -> Void) {
    let analysis = document.analysis
    var projectOf: [String: String] = [:]
    for section in document.sections {
      // By index: iterating the paragraphs would copy each one (a retain per field).
      for index in section.paragraphs.indices {
        projectOf[section.paragraphs[index].id] = section.paragraphs[index].project
      }
    }
    func entityFields<Details: MentionLineDetails>(
      _ records: [EntityRecord<Details>], _ reference: MentionLineReference
    ) -> [(String, JSONValue)] {
      // Indexed in place, not copied out: a copy of a record retains each of its fields.
      let mention = records[reference.index].mentions[reference.mention]
      return JSONValue.merged(
        records[reference.index].details.lineFields,
        [
          ("kind", .string(Details.kind)), ("surface", .string(mention.surface)),
          ("start", .integer(mention.start)), ("end", .integer(mention.end)),
          ("id", .string(records[reference.index].id)),
          ("paragraph", .string(mention.paragraph)), ("project", .string(projectOf[mention.paragraph] ?? "")),
        ])
    }
    for reference in MentionLineReference.inTextOrder(analysis) {
      switch reference.record {
      case .metric: body(analysis.metrics[reference.index].lineFields)
      case .date: body(analysis.dates[reference.index].lineFields)
      case .ordinal: body(analysis.ordinals[reference.index].lineFields)
      case .person: body(entityFields(analysis.people, reference))
      case .organization: body(entityFields(analysis.organizations, reference))
      case .place: body(entityFields(analysis.places, reference))
      case .quote: body(entityFields(analysis.quotes, reference))
      case .initiative: body(entityFields(analysis.initiatives, reference))
      }
    }
  }
}
