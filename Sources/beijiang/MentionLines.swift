import BeijiangModel

/// Every mention of a document as one JSON object each, in text order: the lines of
/// `beijiang extract`. Figures, dates and ordinals come as the model holds them; named things give
/// one line per mention, carrying the thing's id and details.
enum MentionLines {
  static let leadingKeys = [
    "kind", "surface", "start", "end", "value", "low", "high", "unit", "dimension", "qualifier", "role",
    "subject", "counted", "startDate", "endDate", "precision", "ordinalKind", "id", "name", "titles",
    "placeKind", "text", "speaker", "project", "paragraph",
  ]

  static func lines(for document: Document) throws -> [JSONValue] {
    let analysis = document.analysis
    var lines: [(start: Int, order: Int, value: JSONValue)] = []
    func add(_ start: Int, _ value: JSONValue) {
      lines.append((start, lines.count, value.ordered(leading: leadingKeys)))
    }
    for metric in analysis.metrics { add(metric.quantity.start, try JSONValue.from(metric)) }
    for event in analysis.dates { add(event.date.start, try JSONValue.from(event)) }
    for ordinal in analysis.ordinals { add(ordinal.start, try JSONValue.from(ordinal)) }
    let projectOf = Dictionary(uniqueKeysWithValues: document.paragraphs.map { ($0.id, $0.project) })
    func addEntities<Details>(_ records: [EntityRecord<Details>]) throws {
      for record in records {
        let details = try JSONValue.from(record.details)
        for mention in record.mentions {
          add(
            mention.start,
            details.merging([
              ("kind", .string(Details.kind)), ("surface", .string(mention.surface)),
              ("start", .number(Double(mention.start))), ("end", .number(Double(mention.end))),
              ("id", .string(record.id)), ("paragraph", .string(mention.paragraph)),
              ("project", .string(projectOf[mention.paragraph] ?? "")),
            ]))
        }
      }
    }
    try addEntities(analysis.people)
    try addEntities(analysis.organizations)
    try addEntities(analysis.places)
    try addEntities(analysis.quotes)
    try addEntities(analysis.initiatives)
    return lines.sorted { ($0.start, $0.order) < ($1.start, $1.order) }.map(\.value)
  }
}
