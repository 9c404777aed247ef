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
    let analysis = document.analysis
    var lines: [(start: Int, order: Int, value: JSONValue)] = []
    var arranger = KeyArranger(keyOrder)
    func add(_ start: Int, _ value: JSONValue) {
      lines.append((start, lines.count, arranger.arrange(value)))
    }
    for metric in analysis.metrics { add(metric.quantity.start, .object(metric.lineFields)) }
    for event in analysis.dates { add(event.date.start, .object(event.lineFields)) }
    for ordinal in analysis.ordinals { add(ordinal.start, .object(ordinal.lineFields)) }
    var projectOf: [String: String] = [:]
    for section in document.sections {
      // By index: iterating the paragraphs would copy each one (a retain per field).
      for index in section.paragraphs.indices {
        projectOf[section.paragraphs[index].id] = section.paragraphs[index].project
      }
    }
    func addEntities<Details: MentionLineDetails>(_ records: [EntityRecord<Details>]) {
      for record in records {
        let details = JSONValue.object(record.details.lineFields)
        for mention in record.mentions {
          add(
            mention.start,
            details.merging([
              ("kind", .string(Details.kind)), ("surface", .string(mention.surface)),
              ("start", .integer(mention.start)), ("end", .integer(mention.end)), ("id", .string(record.id)),
              ("paragraph", .string(mention.paragraph)),
              ("project", .string(projectOf[mention.paragraph] ?? "")),
            ]))
        }
      }
    }
    addEntities(analysis.people)
    addEntities(analysis.organizations)
    addEntities(analysis.places)
    addEntities(analysis.quotes)
    addEntities(analysis.initiatives)
    return lines.sorted { ($0.start, $0.order) < ($1.start, $1.order) }.map(\.value)
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
}
