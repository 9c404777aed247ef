/// Names a document by the SHA-256 of its text, so marks follow the article and not its file name:
/// the same article opened from another path keeps its marks, and an edited article gets new ones.
/// Hash the text as it was read (before any paragraph repair), since item offsets count into it.
public struct DocumentHash: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// 64 lowercase hexadecimal digits.
  public let hex: String

  public init(text: String) {
    hex = SHA256.hexDigest(of: text.utf8)
  }

  /// Wraps a digest read back from the marks file.
  public init(hex: String) {
    self.hex = hex
  }

  public init(from decoder: any Decoder) throws {
    hex = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(hex)
  }

  public var description: String { hex }

  public static func < (lhs: DocumentHash, rhs: DocumentHash) -> Bool { lhs.hex < rhs.hex }
}
