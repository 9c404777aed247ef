/// Writes `JSONValue`s as compact JSON into a UTF-8 byte buffer: the text of `beijiang extract`.
///
/// It exists so that mention lines need no JSONEncoder → JSONDecoder round trip and no string
/// concatenation per value: on a 1 MB article those took about a third of the run. The format is
/// the one the lines always had: Chinese and slashes as they are; quote, backslash, newline, return
/// and tab as two-character escapes; other control characters (C0, DEL, C1) and the line and
/// paragraph separators U+2028/U+2029 as `\u` with four lowercase hex digits, so a line stays one
/// line for every reader.
public struct JSONTextWriter: Sendable {
  public private(set) var bytes: [UInt8] = []

  public init() {}

  /// What was written, as text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  public mutating func write(_ value: JSONValue) {
    switch value {
    case .null: writeASCII("null")
    case .bool(let flag): writeASCII(flag ? "true" : "false")
    case .number(let number): writeASCII(Self.format(number))
    case .string(let text): writeString(text)
    case .array(let items):
      bytes.append(UInt8(ascii: "["))
      for (index, item) in items.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        write(item)
      }
      bytes.append(UInt8(ascii: "]"))
    case .object(let pairs):
      bytes.append(UInt8(ascii: "{"))
      for (index, (key, item)) in pairs.enumerated() {
        if index > 0 { bytes.append(UInt8(ascii: ",")) }
        writeString(key)
        bytes.append(UInt8(ascii: ":"))
        write(item)
      }
      bytes.append(UInt8(ascii: "}"))
    }
  }

  /// Ends a line of JSON Lines.
  public mutating func writeNewline() { bytes.append(UInt8(ascii: "\n")) }

  /// Whole numbers without a fraction (400000000, not 4e+08); others in their shortest exact form;
  /// infinities and NaN, which JSON cannot hold, as null.
  public static func format(_ value: Double) -> String {
    if value.isFinite, value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return value.isFinite ? "\(value)" : "null"
  }

  /// A quoted string. Runs of characters that need no escape are copied as bytes, not scalar by
  /// scalar; most text has no escape at all.
  public mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    let scalars = text.unicodeScalars
    var copied = scalars.startIndex
    var index = scalars.startIndex
    while index < scalars.endIndex {
      let scalar = scalars[index]
      if let escape = Self.escape(scalar) {
        bytes.append(contentsOf: text.utf8[copied..<index])
        writeASCII(escape)
        copied = scalars.index(after: index)
      }
      index = scalars.index(after: index)
    }
    if copied == scalars.startIndex {
      // The usual case, no escape: a whole string's UTF-8 copies in one block, a slice byte by byte.
      bytes.append(contentsOf: text.utf8)
    } else {
      bytes.append(contentsOf: text.utf8[copied..<scalars.endIndex])
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The escape that stands for a scalar, or nil when it is written as it is.
  static func escape(_ scalar: Unicode.Scalar) -> String? {
    switch scalar.value {
    case 0x22: "\\\""
    case 0x5C: "\\\\"
    case 0x0A: "\\n"
    case 0x0D: "\\r"
    case 0x09: "\\t"
    case 0x00..<0x20, 0x7F...0x9F, 0x2028, 0x2029: unicodeEscape(scalar.value)
    default: nil
    }
  }

  /// `\u` and four lowercase hex digits (every escaped scalar is below U+10000).
  private static func unicodeEscape(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  private mutating func writeASCII(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }
}
