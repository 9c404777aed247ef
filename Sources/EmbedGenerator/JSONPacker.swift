import Foundation

/// Turns a JSON document into the packed form that `PackedDecoder` (BeijiangModel) reads at start-up
/// without parsing text. The layout (all lengths and counts little-endian UInt32):
///
///     null   0                         false  1              true  2
///     number 3 length text             (the number exactly as written, for the reader to convert)
///     string 4 length utf8             (escapes already resolved)
///     array  5 size count value…       (size: the bytes of the elements, so a reader can skip them)
///     object 6 size count (keyLength key value)…
///
/// A syntax error stops the build with the file and the byte where it was found.
struct JSONPacker {
  struct SyntaxError: Error, CustomStringConvertible {
    let offset: Int
    let reason: String
    var description: String { "byte \(offset): \(reason)" }
  }

  private let text: [UInt8]
  private var position = 0
  private var output: [UInt8] = []

  static func pack(_ json: [UInt8]) throws -> [UInt8] {
    var packer = JSONPacker(text: json)
    packer.skipWhitespace()
    try packer.packValue()
    packer.skipWhitespace()
    guard packer.position == json.count else { throw packer.error("text after the document") }
    return packer.output
  }

  private init(text: [UInt8]) {
    self.text = text
  }

  private func error(_ reason: String) -> SyntaxError { SyntaxError(offset: position, reason: reason) }

  private var current: UInt8? { position < text.count ? text[position] : nil }

  private mutating func skipWhitespace() {
    while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
      position += 1
    }
  }

  private mutating func expect(_ byte: UInt8) throws {
    guard current == byte else { throw error("expected \(Character(Unicode.Scalar(byte)))") }
    position += 1
  }

  private mutating func packValue() throws {
    switch current {
    case UInt8(ascii: "{"): try packObject()
    case UInt8(ascii: "["): try packArray()
    case UInt8(ascii: "\""):
      output.append(4)
      appendBytes(try readString())
    case UInt8(ascii: "t"): try packWord("true", tag: 2)
    case UInt8(ascii: "f"): try packWord("false", tag: 1)
    case UInt8(ascii: "n"): try packWord("null", tag: 0)
    case .some(let byte) where byte == UInt8(ascii: "-") || (0x30...0x39).contains(byte):
      output.append(3)
      appendBytes(readNumber())
    default: throw error("expected a value")
    }
  }

  private mutating func packWord(_ word: String, tag: UInt8) throws {
    for byte in word.utf8 { try expect(byte) }
    output.append(tag)
  }

  private mutating func packArray() throws {
    try expect(UInt8(ascii: "["))
    let header = beginContainer(tag: 5)
    var count: UInt32 = 0
    skipWhitespace()
    if current == UInt8(ascii: "]") {
      position += 1
    } else {
      while true {
        skipWhitespace()
        try packValue()
        count += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") {
          position += 1
          break
        }
        try expect(UInt8(ascii: ","))
      }
    }
    endContainer(header, count: count)
  }

  private mutating func packObject() throws {
    try expect(UInt8(ascii: "{"))
    let header = beginContainer(tag: 6)
    var count: UInt32 = 0
    skipWhitespace()
    if current == UInt8(ascii: "}") {
      position += 1
    } else {
      while true {
        skipWhitespace()
        appendBytes(try readString())
        skipWhitespace()
        try expect(UInt8(ascii: ":"))
        skipWhitespace()
        try packValue()
        count += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") {
          position += 1
          break
        }
        try expect(UInt8(ascii: ","))
      }
    }
    endContainer(header, count: count)
  }

  /// Writes the tag and room for size and count; returns where the room starts.
  private mutating func beginContainer(tag: UInt8) -> Int {
    output.append(tag)
    let header = output.count
    output.append(contentsOf: [UInt8](repeating: 0, count: 8))
    return header
  }

  private mutating func endContainer(_ header: Int, count: UInt32) {
    write(UInt32(output.count - header - 8), at: header)
    write(count, at: header + 4)
  }

  private mutating func write(_ value: UInt32, at index: Int) {
    for shift in 0..<4 { output[index + shift] = UInt8(truncatingIfNeeded: value >> (8 * shift)) }
  }

  private mutating func appendBytes(_ bytes: [UInt8]) {
    let length = UInt32(bytes.count)
    for shift in 0..<4 { output.append(UInt8(truncatingIfNeeded: length >> (8 * shift))) }
    output.append(contentsOf: bytes)
  }

  private mutating func readNumber() -> [UInt8] {
    let start = position
    while let byte = current,
      (0x30...0x39).contains(byte)
        || [
          UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
          UInt8(ascii: "e"), UInt8(ascii: "E"),
        ].contains(byte)
    {
      position += 1
    }
    return Array(text[start..<position])
  }

  private mutating func readString() throws -> [UInt8] {
    try expect(UInt8(ascii: "\""))
    var bytes: [UInt8] = []
    while true {
      guard let byte = current else { throw error("unterminated string") }
      position += 1
      switch byte {
      case UInt8(ascii: "\""): return bytes
      case UInt8(ascii: "\\"): try readEscape(into: &bytes)
      case 0..<0x20: throw error("control character in a string")
      default: bytes.append(byte)
      }
    }
  }

  private mutating func readEscape(into bytes: inout [UInt8]) throws {
    guard let byte = current else { throw error("unterminated escape") }
    position += 1
    let simple: [UInt8: UInt8] = [
      UInt8(ascii: "\""): 0x22, UInt8(ascii: "\\"): 0x5C, UInt8(ascii: "/"): 0x2F,
      UInt8(ascii: "b"): 0x08, UInt8(ascii: "f"): 0x0C, UInt8(ascii: "n"): 0x0A,
      UInt8(ascii: "r"): 0x0D, UInt8(ascii: "t"): 0x09,
    ]
    if let plain = simple[byte] {
      bytes.append(plain)
      return
    }
    guard byte == UInt8(ascii: "u") else { throw error("unknown escape") }
    var value = try readHex()
    if (0xD800..<0xDC00).contains(value) {
      try expect(UInt8(ascii: "\\"))
      try expect(UInt8(ascii: "u"))
      let low = try readHex()
      guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired surrogate") }
      value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
    }
    guard let scalar = Unicode.Scalar(value) else { throw error("unpaired surrogate") }
    bytes.append(contentsOf: Array(String(Character(scalar)).utf8))
  }

  private mutating func readHex() throws -> UInt32 {
    guard position + 4 <= text.count,
      let value = UInt32(String(decoding: text[position..<position + 4], as: UTF8.self), radix: 16)
    else { throw error("bad \\u escape") }
    position += 4
    return value
  }
}
