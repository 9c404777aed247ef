/// Writes `JSONValue`s as compact JSON into a UTF-8 byte buffer: the text of `beijiang extract`.
///
/// It exists so that mention lines need no JSONEncoder → JSONDecoder round trip and no string
/// concatenation per value (docs/performance.md, "Fast paths"). The format is
/// the one the lines always had: Chinese and slashes as they are; quote, backslash, newline, return
/// and tab as two-character escapes; other control characters (C0, DEL, C1) and the line and
/// paragraph separators U+2028/U+2029 as `\u` with four lowercase hex digits, so a line stays one
/// line for every reader.
public struct JSONTextWriter: Sendable {
  public internal(set) var bytes: [UInt8] = []

  public init() {}

  /// A writer whose buffer holds `capacity` bytes before it must grow.
  public init(reservingCapacity capacity: Int) { bytes.reserveCapacity(capacity) }

  /// What was written, as text.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  public mutating func write(_ value: JSONValue) {
    switch value {
    case .null: writeASCII("null")
    case .bool(let flag): writeASCII(flag ? "true" : "false")
    case .number(let number): writeNumber(number)
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

  /// What was written so far; the writer goes on from empty, keeping its buffer's room.
  public mutating func takeBytes() -> [UInt8] {
    let taken = bytes
    bytes.removeAll(keepingCapacity: true)
    return taken
  }

  /// Ends a line of JSON Lines.
  public mutating func writeNewline() { bytes.append(UInt8(ascii: "\n")) }

  /// Whole numbers without a fraction (400000000, not 4e+08); others in their shortest exact form;
  /// infinities and NaN, which JSON cannot hold, as null.
  public static func format(_ value: Double) -> String {
    if let whole = wholeNumber(value) { return String(whole) }
    return value.isFinite ? "\(value)" : "null"
  }

  /// The value as an integer when it is written as one: finite, without a fraction, below 1e15.
  private static func wholeNumber(_ value: Double) -> Int64? {
    value.isFinite && value == value.rounded() && abs(value) < 1e15 ? Int64(value) : nil
  }

  /// A number as `format` gives it. Whole numbers, nearly every number on a line, are written digit
  /// by digit into the buffer instead of making a String for each.
  public mutating func writeNumber(_ value: Double) {
    guard let whole = Self.wholeNumber(value) else { return writeASCII(Self.format(value)) }
    if whole < 0 { bytes.append(UInt8(ascii: "-")) }
    let first = bytes.count
    var rest = whole.magnitude
    repeat {
      bytes.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    } while rest > 0
    bytes[first...].reverse()
  }

  /// A quoted string. Its UTF-8 is scanned byte by byte and runs that need no escape are copied in
  /// one block: most text has no escape at all, and decoding scalars one by one was half the time
  /// of writing the lines.
  public mutating func writeString(_ text: String) {
    bytes.append(UInt8(ascii: "\""))
    // Native Swift strings always have contiguous UTF-8; the copy is for bridged ones.
    if text.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) == nil {
      Array(text.utf8).withUnsafeBufferPointer { writeEscaped($0) }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// The bytes of valid UTF-8 text, escaped by the rules above.
  private mutating func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
    var copied = 0
    var index = 0
    while index < utf8.count {
      guard let (scalar, length) = Self.escapedScalar(in: utf8, at: index) else {
        index += 1
        continue
      }
      bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
      writeEscape(scalar)
      index += length
      copied = index
    }
    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<utf8.count]))
  }

  /// The scalar that starts at `index` and its length in bytes, when it must be escaped. In UTF-8
  /// the escaped scalars are single bytes below 0x80, C1 controls (C2 80...C2 9F) and U+2028/U+2029
  /// (E2 80 A8, E2 80 A9); valid UTF-8 always has the continuation bytes a lead byte announces.
  static func escapedScalar(in utf8: UnsafeBufferPointer<UInt8>, at index: Int) -> (UInt32, Int)? {
    let byte = utf8[index]
    switch byte {
    case 0x00..<0x20, 0x22, 0x5C, 0x7F:
      return (UInt32(byte), 1)
    case 0xC2:
      let next = utf8[index + 1]
      return next <= 0x9F ? (UInt32(next), 2) : nil
    case 0xE2:
      guard utf8[index + 1] == 0x80 else { return nil }
      let last = utf8[index + 2]
      return last == 0xA8 || last == 0xA9 ? (0x2000 | UInt32(last & 0x3F), 3) : nil
    default:
      return nil
    }
  }

  /// Quote, backslash, newline, return and tab as two characters; the others as `\u` and four
  /// lowercase hex digits (every escaped scalar is below U+10000).
  private mutating func writeEscape(_ scalar: UInt32) {
    switch scalar {
    case 0x22: writeASCII("\\\"")
    case 0x5C: writeASCII("\\\\")
    case 0x0A: writeASCII("\\n")
    case 0x0D: writeASCII("\\r")
    case 0x09: writeASCII("\\t")
    default:
      writeASCII("\\u")
      for shift in stride(from: 12, through: 0, by: -4) {
        let digit = UInt8((scalar >> UInt32(shift)) & 0xF)
        bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
      }
    }
  }

  private mutating func writeASCII(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }
}
