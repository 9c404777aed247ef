import Foundation

@testable import BeijiangModel

/// The mention lines as `beijiang extract` built them before `JSONTextWriter`: each record through
/// JSONEncoder, back through JSONDecoder into a `JSONValue` (keys sorted), keys then reordered, and
/// each value printed by concatenating strings. Kept only here, as the reference the direct lines
/// must equal: it follows the records' own Codable conformances, so a field added to a record
/// without its line shows up as a difference.
enum CodableMentionLines {
  static func lines(for document: Document) throws -> [JSONValue] {
    let analysis = document.analysis
    var lines: [(start: Int, order: Int, value: JSONValue)] = []
    func add(_ start: Int, _ value: JSONValue) {
      lines.append((start, lines.count, ordered(value, leading: MentionLines.leadingKeys)))
    }
    for metric in analysis.metrics { add(metric.quantity.start, try decoded(metric)) }
    for event in analysis.dates { add(event.date.start, try decoded(event)) }
    for ordinal in analysis.ordinals { add(ordinal.start, try decoded(ordinal)) }
    let projectOf = Dictionary(uniqueKeysWithValues: document.paragraphs.map { ($0.id, $0.project) })
    func addEntities<Details>(_ records: [EntityRecord<Details>]) throws {
      for record in records {
        let details = try decoded(record.details)
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

  /// The lines as text, one per line.
  static func jsonl(_ lines: [JSONValue]) -> String { lines.map { text($0) + "\n" }.joined() }

  /// Any Encodable value as JSON, keys sorted.
  static func decoded<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONDecoder().decode(DecodedJSON.self, from: try JSONEncoder().encode(value)).value
  }

  /// An object with `leading` keys first, in that order, then the rest in the order they come.
  static func ordered(_ value: JSONValue, leading: [String]) -> JSONValue {
    guard case .object(let pairs) = value else { return value }
    let first = leading.compactMap { key in pairs.first { $0.0 == key } }
    let rest = pairs.filter { !leading.contains($0.0) }
    return .object(first + rest)
  }

  /// The value printed the old way, by joining strings.
  static func text(_ value: JSONValue) -> String {
    switch value {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .number(let value): format(value)
    case .string(let value): quote(value)
    case .array(let items): "[" + items.map(text).joined(separator: ",") + "]"
    case .object(let pairs):
      "{" + pairs.map { quote($0.0) + ":" + text($0.1) }.joined(separator: ",") + "}"
    }
  }

  static func format(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return value.isFinite ? "\(value)" : "null"
  }

  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _
      where scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar == "\u{2028}"
        || scalar == "\u{2029}":
        result += String(format: "\\u%04x", scalar.value)
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}

/// Decodes any JSON into a `JSONValue`, object keys sorted, as the old lines did.
private struct DecodedJSON: Decodable {
  let value: JSONValue

  init(from decoder: any Decoder) throws {
    if let container = try? decoder.container(keyedBy: AnyKey.self) {
      value = .object(
        try container.allKeys.map {
          ($0.stringValue, try container.decode(DecodedJSON.self, forKey: $0).value)
        }
        .sorted { $0.0 < $1.0 })
      return
    }
    if var container = try? decoder.unkeyedContainer() {
      var items: [JSONValue] = []
      while !container.isAtEnd { items.append(try container.decode(DecodedJSON.self).value) }
      value = .array(items)
      return
    }
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      value = .null
    } else if let bool = try? container.decode(Bool.self) {
      value = .bool(bool)
    } else if let number = try? container.decode(Double.self) {
      value = .number(number)
    } else {
      value = .string(try container.decode(String.self))
    }
  }
}

private struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
