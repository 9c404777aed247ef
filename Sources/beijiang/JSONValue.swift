import Foundation

/// A JSON value with object keys in a chosen order. JSONEncoder either sorts keys or leaves their
/// order to a dictionary; a line of `beijiang extract` reads best with `kind`, `surface`, `start`,
/// `end` first, so lines are built from encoded values and written with their keys ordered.
indirect enum JSONValue: Decodable, Equatable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  static func == (left: JSONValue, right: JSONValue) -> Bool { left.text == right.text }

  init(from decoder: any Decoder) throws {
    if let container = try? decoder.container(keyedBy: AnyKey.self) {
      self = .object(
        try container.allKeys.map { ($0.stringValue, try container.decode(JSONValue.self, forKey: $0)) }
          .sorted { $0.0 < $1.0 })
      return
    }
    if var container = try? decoder.unkeyedContainer() {
      var items: [JSONValue] = []
      while !container.isAtEnd { items.append(try container.decode(JSONValue.self)) }
      self = .array(items)
      return
    }
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let bool = try? container.decode(Bool.self) {
      self = .bool(bool)
    } else if let number = try? container.decode(Double.self) {
      self = .number(number)
    } else {
      self = .string(try container.decode(String.self))
    }
  }

  /// Any Encodable value as JSON, keys sorted.
  static func from<T: Encodable>(_ value: T) throws -> JSONValue {
    try JSONDecoder().decode(JSONValue.self, from: try JSONEncoder().encode(value))
  }

  /// An object with `leading` keys first, in that order, then the rest in alphabetical order.
  func ordered(leading: [String]) -> JSONValue {
    guard case .object(let pairs) = self else { return self }
    let first = leading.compactMap { key in pairs.first { $0.0 == key } }
    let rest = pairs.filter { !leading.contains($0.0) }
    return .object(first + rest)
  }

  func merging(_ extra: [(String, JSONValue)]) -> JSONValue {
    guard case .object(let pairs) = self else { return self }
    let kept = pairs.filter { pair in !extra.contains { $0.0 == pair.0 } }
    return .object(kept + extra)
  }

  subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  /// Compact JSON on one line, Chinese and slashes unescaped.
  var text: String {
    switch self {
    case .null: "null"
    case .bool(let value): value ? "true" : "false"
    case .number(let value): Self.format(value)
    case .string(let value): Self.quote(value)
    case .array(let items): "[" + items.map(\.text).joined(separator: ",") + "]"
    case .object(let pairs):
      "{" + pairs.map { Self.quote($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
    }
  }

  /// Whole numbers without a fraction (400000000, not 4e+08); others in their shortest exact form.
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

private struct AnyKey: CodingKey {
  var stringValue: String
  var intValue: Int? { nil }
  init(stringValue: String) { self.stringValue = stringValue }
  init?(intValue: Int) { nil }
}
