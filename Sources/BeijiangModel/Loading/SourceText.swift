/// An article's decoded text, as every offset in the model counts it: Unicode scalars after the byte
/// order mark is dropped and CRLF and CR line ends become LF. Normalising line ends here is what
/// makes the same article saved with CRLF export the very same model as the LF original.
public struct SourceText: Sendable {
  /// Where the text came from: a path, `-` for standard input, or the bundled seed's name.
  public let name: String
  public let encoding: TextEncoding
  public let scalars: [Unicode.Scalar]

  public init(name: String, encoding: TextEncoding, scalars: [Unicode.Scalar]) {
    self.name = name
    self.encoding = encoding
    self.scalars = scalars
  }

  /// The text between two scalar offsets, end exclusive.
  public func slice(_ start: Int, _ end: Int) -> String {
    String(scalars: scalars[start..<end])
  }

  public var text: String { slice(0, scalars.count) }
}
