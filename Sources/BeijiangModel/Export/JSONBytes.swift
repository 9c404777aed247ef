/// The text of JSON scalars exactly as Foundation's `JSONEncoder` writes them with
/// `.withoutEscapingSlashes`: strings with quote, backslash, backspace, form feed, newline, return
/// and tab as two-character escapes and other C0 controls as `\u00xx` (lowercase hex), everything
/// else as it is; doubles in their shortest form without a trailing `.0`.
enum JSONBytes {
  static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var text = text
    text.withUTF8 { appendEscaped($0, to: &out) }
    out.append(UInt8(ascii: "\""))
  }

  /// Runs that need no escape, nearly all text, are copied in one block.
  private static func appendEscaped(_ utf8: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    var copied = 0
    for index in utf8.indices {
      let byte = utf8[index]
      guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<index]))
      appendEscape(byte, to: &out)
      copied = index + 1
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[copied..<utf8.count]))
  }

  private static func appendEscape(_ byte: UInt8, to out: inout [UInt8]) {
    let short: UInt8? =
      switch byte {
      case 0x22: 0x22
      case 0x5C: 0x5C
      case 0x08: UInt8(ascii: "b")
      case 0x0C: UInt8(ascii: "f")
      case 0x0A: UInt8(ascii: "n")
      case 0x0D: UInt8(ascii: "r")
      case 0x09: UInt8(ascii: "t")
      default: nil
      }
    out.append(UInt8(ascii: "\\"))
    if let short { return out.append(short) }
    let hex = Array("0123456789abcdef".utf8)
    out.append(contentsOf: [
      UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)],
    ])
  }

  static func appendInteger<Integer: BinaryInteger>(_ value: Integer, to out: inout [UInt8]) {
    guard value != 0 else { return out.append(UInt8(ascii: "0")) }
    if value < 0 { out.append(UInt8(ascii: "-")) }
    let first = out.count
    var rest = value.magnitude
    while rest > 0 {
      out.append(UInt8(ascii: "0") + UInt8(rest % 10))
      rest /= 10
    }
    out[first...].reverse()
  }

  /// Non-finite numbers, which JSON cannot hold, are refused as `JSONEncoder` refuses them.
  static func appendDouble(_ value: Double, to out: inout [UInt8]) throws(PrettyJSONError) {
    guard value.isFinite else { throw PrettyJSONError.notFinite(value) }
    var text = value.description
    if text.hasSuffix(".0") { text.removeLast(2) }
    out.append(contentsOf: text.utf8)
  }

  static func appendASCII(_ text: StaticString, to out: inout [UInt8]) {
    out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
  }

  /// Two spaces a level, as pretty JSON indents.
  static func appendIndent(_ depth: Int, to out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
  }
}

/// Why a value could not be written as JSON.
public enum PrettyJSONError: Error, Equatable {
  case notFinite(Double)
}
