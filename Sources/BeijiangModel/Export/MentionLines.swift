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

  public static func lines(for document: Document) -> [JSONValue] {
    var lines: [JSONValue] = []
    var collector = JSONPairCollector()
    forEachLine(of: document, into: &collector) { collector in
      lines.append(.object(collector.pairs))
      collector.pairs.removeAll(keepingCapacity: true)
    }
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
    var line = JSONLineWriter(reservingCapacity: chunkSize + chunkSize / 4, merging: extra)
    forEachLine(of: document, into: &line) { line in
      line.endLine()
      if line.writer.bytes.count >= chunkSize { sink(line.writer.takeBytes()) }
    }
    if !line.writer.bytes.isEmpty { sink(line.writer.takeBytes()) }
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

  /// Writes each line's fields into `sink`, in text order, and calls `endLine` after each line.
  private static func forEachLine<Sink: MentionLineSink>(
    of document: Document, into sink: inout Sink, endLine: (inout Sink) -> Void
  ) {
    let analysis = document.analysis
    var projectOf: [String: String] = [:]
    for section in document.sections {
      // By index: iterating the paragraphs would copy each one (a retain per field).
      for index in section.paragraphs.indices {
        projectOf[section.paragraphs[index].id] = section.paragraphs[index].project
      }
    }
    func writeEntity<Details: MentionLineDetails>(
      _ records: [EntityRecord<Details>], _ reference: MentionLineReference
    ) {
      // Indexed in place, not copied out: a copy of a record retains each of its fields.
      let mention = records[reference.index].mentions[reference.mention]
      let line = EntityLineMention(
        kind: Details.kind, mention: mention, id: records[reference.index].id,
        project: projectOf[mention.paragraph] ?? "")
      records[reference.index].details.writeLine(line, to: &sink)
    }
    for reference in MentionLineReference.inTextOrder(analysis) {
      switch reference.record {
      case .metric: analysis.metrics[reference.index].writeLine(to: &sink)
      case .date: analysis.dates[reference.index].writeLine(to: &sink)
      case .ordinal: analysis.ordinals[reference.index].writeLine(to: &sink)
      case .person: writeEntity(analysis.people, reference)
      case .organization: writeEntity(analysis.organizations, reference)
      case .place: writeEntity(analysis.places, reference)
      case .quote: writeEntity(analysis.quotes, reference)
      case .initiative: writeEntity(analysis.initiatives, reference)
      }
      endLine(&sink)
    }
  }
}
