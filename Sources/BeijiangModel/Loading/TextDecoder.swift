/// Turns a file's bytes into `SourceText`, or says exactly why it cannot.
///
/// Order: a byte order mark decides (UTF-8, UTF-16LE/BE); otherwise a NUL byte means binary; then
/// strict UTF-8; then GB18030, which also covers GBK and GB2312. Valid UTF-8 is tried first because
/// GB18030 would accept almost any byte string, while Chinese GB18030 text is almost never valid UTF-8.
public enum TextDecoder {
  /// Articles are short (the seed is 20 KB; a long report is under 1 MB). The model takes many
  /// times the input's size in memory (docs/performance.md), so this limit (32 MiB) keeps a
  /// mistaken huge input to a bounded amount of memory instead of exhausting it.
  public static let maximumBytes = 32 * 1024 * 1024

  public static func decode(_ bytes: [UInt8], name: String) throws(InputError) -> SourceText {
    guard bytes.count <= maximumBytes else {
      throw .tooLarge(source: name, bytes: bytes.count, limit: maximumBytes)
    }
    let (encoding, scalars) = try decodeScalars(bytes, name: name)
    let normalized = normalizeLineEnds(dropByteOrderMark(scalars))
    guard normalized.contains(where: { !$0.isSpace }) else { throw .empty(source: name) }
    return SourceText(name: name, encoding: encoding, scalars: normalized)
  }

  /// The encoding and the scalars, refusing a NUL anywhere (binary data) before any encoding
  /// error after it; a NUL in UTF-8 or GB18030 can only be a zero byte.
  private static func decodeScalars(
    _ bytes: [UInt8], name: String
  ) throws(InputError) -> (TextEncoding, [Unicode.Scalar]) {
    guard !bytes.isEmpty else { throw .empty(source: name) }
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
      return (.utf8WithBOM, try utf8(bytes, from: 3, name: name))
    }
    if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
      return try utf16(bytes, name: name)
    }
    switch UTF8Validator.decode(bytes) {
    case .valid(let scalars): return (.utf8, scalars)
    case .nul(let offset): throw .binary(source: name, byteOffset: offset)
    case .invalid(let utf8Offset, let detail):
      if let nul = bytes.firstIndex(of: 0) { throw .binary(source: name, byteOffset: nul) }
      if case .decoded(let text) = GB18030Decoder.decode(bytes) {
        return (.gb18030, Array(text.unicodeScalars))
      }
      throw .undecodable(
        source: name, encoding: "UTF-8 or GB18030", byteOffset: utf8Offset, detail: detail)
    }
  }

  private static func utf8(_ bytes: [UInt8], from start: Int, name: String) throws(InputError) -> [Unicode
    .Scalar]
  {
    switch UTF8Validator.decode(bytes, from: start) {
    case .valid(let scalars): return scalars
    case .nul(let offset): throw .binary(source: name, byteOffset: offset)
    case .invalid(let offset, let detail):
      throw .undecodable(source: name, encoding: "UTF-8", byteOffset: offset, detail: detail)
    }
  }

  private static func utf16(_ bytes: [UInt8], name: String) throws(InputError) -> (
    TextEncoding,
    [Unicode
      .Scalar]
  ) {
    let bigEndian = bytes[0] == 0xFE
    switch UTF16Decoder.decode(bytes, bigEndian: bigEndian) {
    case .decoded(let scalars):
      if let nul = scalars.firstIndex(of: "\0") {
        // The byte offset: the byte order mark, then two bytes a scalar, four for a surrogate pair.
        let offset = 2 + scalars[..<nul].reduce(0) { $0 + ($1.value > 0xFFFF ? 4 : 2) }
        throw .binary(source: name, byteOffset: offset)
      }
      return (bigEndian ? .utf16BigEndian : .utf16LittleEndian, scalars)
    case .invalid(let offset, let detail):
      throw .undecodable(source: name, encoding: "UTF-16", byteOffset: offset, detail: detail)
    }
  }

  private static func dropByteOrderMark(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    scalars.first == "\u{FEFF}" ? Array(scalars.dropFirst()) : scalars
  }

  /// CRLF and CR become LF. Text without a CR, the usual case, is returned as it is, not copied.
  private static func normalizeLineEnds(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
    guard scalars.contains("\r") else { return scalars }
    var result: [Unicode.Scalar] = []
    result.reserveCapacity(scalars.count)
    var previousWasCR = false
    for scalar in scalars {
      if scalar == "\r" {
        result.append("\n")
        previousWasCR = true
        continue
      }
      if scalar == "\n" && previousWasCR {
        previousWasCR = false
        continue
      }
      previousWasCR = false
      result.append(scalar)
    }
    return result
  }
}
