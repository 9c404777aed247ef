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
  public let text: String
  /// `text` as Unicode scalars, the unit of every offset into it. Kept beside the string while the
  /// document is built, because the classifier, the repeat finder and the extractors each walk the
  /// scalars, and decoding the text again for each of them was a measurable share of a large
  /// article's time. Once it is built nothing walks them, so `compact()` drops them: 4 bytes a
  /// character beside the text's 3, for every article a dashboard holds (docs/performance.md,
  /// "Session 8"); asked for after that, they are decoded from the text again.
  public var scalars: [Unicode.Scalar] {
    storedScalars.isEmpty && !text.isEmpty ? Array(text.unicodeScalars) : storedScalars
  }
  private var storedScalars: [Unicode.Scalar]
  public var kind: ParagraphKind
  public var project: String
  public var start: Int
  public var end: Int
  public var pieces: [SourceSpan]
  /// Sentences as offsets into `text`.
  public var sentences: [SourceSpan]
  /// The paragraph this one repeats, when `kind` is `duplicate`.
  public var duplicateOf: String?

  /// The paragraph made of `pieces` of `source`, one after another.
  init(id: String, pieces: [SourceSpan], of source: [Unicode.Scalar], kind: ParagraphKind) {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(pieces.reduce(0) { $0 + $1.length })
    for piece in pieces { scalars += source[piece.start..<piece.end] }
    self.id = id
    self.storedScalars = scalars
    self.text = String(scalars: scalars)
    self.kind = kind
    self.project = ""
    self.start = pieces.first?.start ?? 0
    self.end = pieces.last?.end ?? 0
    self.pieces = pieces
    self.sentences = SentenceSplitter.split(scalars)
    self.duplicateOf = nil
  }

  /// Drops the scalars kept for building (`scalars`); the paragraph is the same value.
  public mutating func compact() { storedScalars = [] }

  /// Equal when every field but the kept scalars is: they are `text` again, kept or not.
  public static func == (lhs: Paragraph, rhs: Paragraph) -> Bool {
    lhs.id == rhs.id && lhs.text == rhs.text && lhs.kind == rhs.kind && lhs.project == rhs.project
      && lhs.start == rhs.start && lhs.end == rhs.end && lhs.pieces == rhs.pieces
      && lhs.sentences == rhs.sentences && lhs.duplicateOf == rhs.duplicateOf
  }

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
  /// Every field but `scalars`, which is `text` again.
  enum CodingKeys: String, CodingKey {
    case id, text, kind, project, start, end, pieces, sentences, duplicateOf
  }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    text = try container.decode(String.self, forKey: .text)
    storedScalars = Array(text.unicodeScalars)
    kind = try container.decode(ParagraphKind.self, forKey: .kind)
    project = try container.decode(String.self, forKey: .project)
    start = try container.decode(Int.self, forKey: .start)
    end = try container.decode(Int.self, forKey: .end)
    pieces = try container.decode([SourceSpan].self, forKey: .pieces)
    sentences = try container.decode([SourceSpan].self, forKey: .sentences)
    duplicateOf = try container.decodeIfPresent(String.self, forKey: .duplicateOf)
  }

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
