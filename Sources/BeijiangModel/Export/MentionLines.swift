/// Every mention of a document as one JSON object each, in text order: the lines of
/// `beijiang extract`. Figures, dates and ordinals come as the model holds them; named things give
/// one line per mention, carrying the thing's id and details.
public enum MentionLines {
  public static let leadingKeys = [
    "kind", "surface", "start", "end", "value", "low", "high", "unit", "dimension", "qualifier", "role",
    "subject", "counted", "startDate", "endDate", "partialStart", "partialEnd", "precision", "ordinalKind",
    "id", "name", "titles",
    "placeKind", "text", "speaker", "project", "paragraph",
  ]

  /// `leadingKeys` first, then the other keys alphabetically.
  public static let keyOrder = KeyOrder(leading: leadingKeys)

  public static func lines(for document: Document) -> [JSONValue] {
    var lines: [JSONValue] = []
    forEachLine(of: document) { fields, keys in lines.append(.object(keys.positions.map { fields[$0] })) }
    return lines
  }

  /// The lines of a document as JSON Lines text, each object followed by a newline; `extra` pairs
  /// are merged into every line as `JSONValue.merging` does. `lines(for:)` then `jsonl(_:)` gives
  /// the same bytes without a `JSONValue` per line.
  public static func jsonl(for document: Document, merging extra: [(String, JSONValue)] = []) -> [UInt8] {
    var text: [UInt8] = []
    writeJSONL(for: document, merging: extra) { text += $0 }
    return text
  }

  /// The bytes of `jsonl(for:merging:)` handed to `sink` in pieces of about `chunkSize` bytes, each
  /// ending with a whole line, so the caller can write them out as they come and a long article's
  /// lines are never all in memory at once.
  public static func writeJSONL(
    for document: Document, merging extra: [(String, JSONValue)] = [], chunkSize: Int = 1 << 20,
    to sink: ([UInt8]) -> Void
  ) {
    var writer = JSONTextWriter(reservingCapacity: chunkSize + chunkSize / 4)
    forEachLine(of: document) { fields, keys in
      writer.writeObject(fields, keys: keys, merging: extra)
      writer.writeNewline()
      if writer.bytes.count >= chunkSize { sink(writer.takeBytes()) }
    }
    if !writer.bytes.isEmpty { sink(writer.takeBytes()) }
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

  /// Calls `body` with each line's fields, in text order, and their keys arranged in `keyOrder`
  /// (`keys.positions.map { fields[$0] }` is the line).
  private static func forEachLine(
    of document: Document, _ body: (_ fields: [(String, JSONValue)], _ keys: ArrangedKeys) -> Void
  ) {
    let analysis = document.analysis
    // One arranger per kind of record: lines of one kind share their keys, but in text order the
    // kinds alternate, and a single arranger would sort the keys again on nearly every line.
    var arrangers = Array(repeating: KeyArranger(keyOrder), count: MentionLineReference.Record.allCases.count)
    func emit(_ fields: [(String, JSONValue)], _ reference: MentionLineReference) {
      body(fields, arrangers[reference.record.rawValue].keys(for: fields))
    }
    var projectOf: [String: String] = [:]
    for section in document.sections {
      // By index: iterating the paragraphs would copy each one (a retain per field).
      for index in section.paragraphs.indices {
        projectOf[section.paragraphs[index].id] = section.paragraphs[index].project
      }
    }
    func emitEntity<Details: MentionLineDetails>(
      _ records: [EntityRecord<Details>], _ reference: MentionLineReference
    ) {
      // Indexed in place, not copied out: a copy of a record retains each of its fields.
      let mention = records[reference.index].mentions[reference.mention]
      let details = records[reference.index].details.lineFields
      let place: [(String, JSONValue)] = [
        ("kind", .string(Details.kind)), ("surface", .string(mention.surface)),
        ("start", .integer(mention.start)), ("end", .integer(mention.end)),
        ("id", .string(records[reference.index].id)),
        ("paragraph", .string(mention.paragraph)), ("project", .string(projectOf[mention.paragraph] ?? "")),
      ]
      // The mention's fields go after the details' and win on a shared key (`JSONValue.merged`).
      // No details share a key with a mention, and the arranger sees that once per run of lines,
      // so the pairs are simply joined instead of filtering every line's details.
      let joined = details + place
      let keys = arrangers[reference.record.rawValue].keys(for: joined)
      guard keys.repeatKeys else { return body(joined, keys) }
      emit(JSONValue.merged(details, place), reference)
    }
    for reference in MentionLineReference.inTextOrder(analysis) {
      switch reference.record {
      case .metric: emit(analysis.metrics[reference.index].lineFields, reference)
      case .date: emit(analysis.dates[reference.index].lineFields, reference)
      case .ordinal: emit(analysis.ordinals[reference.index].lineFields, reference)
      case .person: emitEntity(analysis.people, reference)
      case .organization: emitEntity(analysis.organizations, reference)
      case .place: emitEntity(analysis.places, reference)
      case .quote: emitEntity(analysis.quotes, reference)
      case .initiative: emitEntity(analysis.initiatives, reference)
      }
    }
  }
}
