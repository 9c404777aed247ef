/// A JSON value with object keys in a chosen order. JSONEncoder either sorts keys or leaves their
/// order to a dictionary; a line of `beijiang extract` reads best with `kind`, `surface`, `start`,
/// `end` first, so the table's lines are values with their keys in that order (`MentionLineSink`), written by
/// `JSONTextWriter`.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (left: JSONValue, right: JSONValue) -> Bool { left.text == right.text }

  /// An integer as a JSON number. Integers are held as Double, as a JSON reader gives them back.
  public static func integer(_ value: Int) -> JSONValue { .number(Double(value)) }

  /// The value, or null when absent.
  public static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }

  /// The text, or null when absent.
  public static func optional(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

  /// An array of strings.
  public static func strings(_ texts: [String]) -> JSONValue { .array(texts.map(JSONValue.string)) }

  /// An object with its keys in alphabetical order, as JSONEncoder with sorted keys writes nested
  /// values.
  public static func sortedObject(_ pairs: [(String, JSONValue)]) -> JSONValue {
    .object(pairs.sorted { $0.0 < $1.0 })
  }

  /// The object with `extra` added at the end; a key already present is replaced (and moves to the
  /// end). Values other than objects are returned as they are.
  public func merging(_ extra: [(String, JSONValue)]) -> JSONValue {
    guard case .object(let pairs) = self else { return self }
    return .object(Self.merged(pairs, extra))
  }

  /// The pairs with `extra` added at the end; a key already present is replaced (and moves to the
  /// end).
  static func merged(_ pairs: [(String, JSONValue)], _ extra: [(String, JSONValue)]) -> [(String, JSONValue)]
  {
    pairs.filter { pair in !extra.contains { $0.0 == pair.0 } } + extra
  }

  public subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  /// Compact JSON on one line, Chinese and slashes unescaped.
  public var text: String {
    var writer = JSONTextWriter()
    writer.write(self)
    return writer.text
  }
}
