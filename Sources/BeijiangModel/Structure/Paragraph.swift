/// What a block of text is on the page. Only `body` paragraphs feed the extractors.
public enum ParagraphKind: String, Codable, Sendable {
  /// Ordinary body copy.
  case body
  /// A layout line such as a spaced-out banner (`全 / 媒 / 体 / ...`).
  case banner
  /// A closing credit line in parentheses (`(本版文图均由...提供)`).
  case credit
  /// Text that repeats another paragraph; kept in place, but not extracted twice.
  case duplicate
}

/// A stretch of the source text, in Unicode scalars, end exclusive.
public struct SourceSpan: Codable, Equatable, Hashable, Sendable {
  public var start: Int
  public var end: Int

  public init(start: Int, end: Int) {
    self.start = start
    self.end = end
  }

  public var length: Int { end - start }
}

/// A paragraph after repair. A paragraph joined from blocks broken across a blank line keeps one
/// span per block (`pieces`), so any offset in its text maps back to the source.
public struct Paragraph: Codable, Equatable, Sendable {
  public var id: String
  public var text: String
  public var kind: ParagraphKind
  public var project: String
  public var start: Int
  public var end: Int
  public var pieces: [SourceSpan]
  /// Sentences as offsets into `text`.
  public var sentences: [SourceSpan]
  /// The paragraph this one repeats, when `kind` is `duplicate`.
  public var duplicateOf: String?

  /// The sentence holding an offset into `text`. Sentences are in order and do not overlap, so
  /// this is a binary search: a paragraph of 100 000 sentences with a mention in each stays linear.
  public func sentence(containing offset: Int) -> SourceSpan? {
    var low = 0
    var high = sentences.count
    while low < high {
      let middle = (low + high) / 2
      if sentences[middle].end <= offset { low = middle + 1 } else { high = middle }
    }
    guard low < sentences.count, sentences[low].start <= offset else { return nil }
    return sentences[low]
  }
}

extension Paragraph {
  /// Encodes every field, `duplicateOf` as null when absent, so the export's shape never varies.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(text, forKey: .text)
    try container.encode(kind, forKey: .kind)
    try container.encode(project, forKey: .project)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(pieces, forKey: .pieces)
    try container.encode(sentences, forKey: .sentences)
    try container.encode(duplicateOf, forKey: .duplicateOf)
  }
}

extension Paragraph {
  /// The offset in `text` of a source offset inside one of the pieces, or nil when the source
  /// offset lies outside the paragraph (in the blank lines of a repaired break, say).
  public func textOffset(forSourceOffset offset: Int) -> Int? {
    var consumed = 0
    for piece in pieces {
      if offset >= piece.start && offset <= piece.end { return consumed + offset - piece.start }
      consumed += piece.length
    }
    return nil
  }
}
