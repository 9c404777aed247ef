/// An article's decoded text, as every offset in the model counts it: Unicode scalars after the byte
/// order mark is dropped and CRLF and CR line ends become LF. Normalising line ends here is what
/// makes the same article saved with CRLF export the very same model as the LF original.
public struct SourceText: Sendable {
  /// Where the text came from: a path, `-` for standard input, or the bundled seed's name.
  public let name: String
  public let encoding: TextEncoding
  /// The text; empty once `withoutText()` dropped it (`hasText` tells), when only `count`,
  /// `line(at:)` and `hash` are left of it.
  public let scalars: [Unicode.Scalar]
  /// What a dropped text leaves; nil while the text is held.
  private let kept: Kept?

  /// The facts of a dropped text the dashboard still shows or keys on: 4 bytes a line instead of 4
  /// bytes a character (docs/performance.md, "Session 9: a thousand articles").
  private struct Kept: Sendable {
    var count: Int
    /// The offset of every "\n", in order.
    var lineEnds: [Int32]
    var hash: DocumentHash
  }

  public init(name: String, encoding: TextEncoding, scalars: [Unicode.Scalar]) {
    self.name = name
    self.encoding = encoding
    self.scalars = scalars
    kept = nil
  }

  private init(name: String, encoding: TextEncoding, kept: Kept) {
    self.name = name
    self.encoding = encoding
    scalars = []
    self.kept = kept
  }

  /// False once the text was dropped (`withoutText()`).
  public var hasText: Bool { kept == nil }

  /// The length of the text in scalars, held or dropped.
  public var count: Int { kept?.count ?? scalars.count }

  /// The key marks are stored under (`DocumentHash` of `text`), held or dropped.
  public var hash: DocumentHash { kept?.hash ?? DocumentHash(text: text) }

  /// The 1-based line of a scalar offset, as editors count it (the offset's line ends are LF).
  public func line(at offset: Int) -> Int {
    guard let kept else {
      return 1 + scalars[0..<min(max(0, offset), scalars.count)].reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
    }
    // Line ends are in order, so the count of those before the offset is a binary search.
    var low = 0
    var high = kept.lineEnds.count
    while low < high {
      let middle = (low + high) / 2
      if Int(kept.lineEnds[middle]) < offset { low = middle + 1 } else { high = middle }
    }
    return 1 + low
  }

  /// The same source without its scalars: a document built from a file needs them no more (its
  /// paragraphs hold their own text), and a corpus of 1000 articles held 29 KB each of them.
  /// The hash is taken here, on the builder's thread, since the text is about to go.
  public func withoutText() -> SourceText {
    guard let kept = kept ?? facts() else { return self }
    return SourceText(name: name, encoding: encoding, kept: kept)
  }

  private func facts() -> Kept? {
    // Offsets past Int32 cannot come: inputs are limited to 32 MiB (`TextDecoder.maximumBytes`).
    guard scalars.count <= Int(Int32.max) else { return nil }
    var lineEnds: [Int32] = []
    for (offset, scalar) in scalars.enumerated() where scalar == "\n" { lineEnds.append(Int32(offset)) }
    return Kept(count: scalars.count, lineEnds: lineEnds, hash: DocumentHash(text: text))
  }

  /// The text read again from the file `name` names, when it still decodes to the text this was
  /// (the same hash); nil when the file is gone or changed. The text itself when it is held.
  public func reread() -> SourceText? {
    guard let kept else { return self }
    guard let again = try? InputReader.load(.file(name)), again.hash == kept.hash else { return nil }
    return again
  }

  /// The text between two scalar offsets, end exclusive (of a held text).
  public func slice(_ start: Int, _ end: Int) -> String {
    String(scalars: scalars[start..<end])
  }

  /// The whole text when it is held; empty once dropped (`reread()` gives it back).
  public var text: String { slice(0, scalars.count) }
}
