/// Where a mention stands: its paragraph, and its span in the source text (Unicode scalars, end
/// exclusive). For a mention inside a repaired paragraph that straddles the repaired break, the
/// span covers the break, and `surface` is the repaired text.
public struct MentionPlace: Codable, Equatable, Hashable, Sendable {
  public var paragraph: String
  public var start: Int
  public var end: Int
  public var surface: String

  public init(paragraph: String, start: Int, end: Int, surface: String) {
    self.paragraph = paragraph
    self.start = start
    self.end = end
    self.surface = surface
  }
}

/// Places mentions of one paragraph in the source. Built once per paragraph: the text's scalars and
/// the pieces' running lengths are computed once, so placing m mentions costs O(m log pieces) rather
/// than converting the text, or walking every piece, per mention. A class, because the entity pass
/// looks placers up per mention, and copying one retained every field of its paragraph
/// (docs/performance.md, "Fast paths").
final class ParagraphPlacer {
  let paragraph: Paragraph
  /// Taken when a sentence is first asked for: the figures' placers ask while the paragraph still
  /// keeps its scalars; the named things' placers never ask, and their paragraphs have dropped them.
  private lazy var scalars: [Unicode.Scalar] = paragraph.scalars
  /// The offset in the paragraph's text where each piece starts.
  private let pieceOffsets: [Int]
  /// The last whole sentence made into a string: a sentence with several figures and dates is
  /// made once and its storage shared by all of them, instead of one copy each.
  private var lastSentence: (span: SourceSpan, text: String)?

  init(_ paragraph: Paragraph) {
    self.paragraph = paragraph
    var offsets: [Int] = []
    var total = 0
    for piece in paragraph.pieces {
      offsets.append(total)
      total += piece.length
    }
    pieceOffsets = offsets
  }

  /// The source offset of a text offset; an offset at a join maps to the start of the next piece.
  func sourceOffset(_ offset: Int) -> Int {
    var low = 0
    var high = pieceOffsets.count
    while low < high {
      let middle = (low + high) / 2
      if pieceOffsets[middle] <= offset { low = middle + 1 } else { high = middle }
    }
    let index = low - 1
    guard index >= 0 else { return paragraph.start }
    let piece = paragraph.pieces[index]
    let within = offset - pieceOffsets[index]
    return within < piece.length ? piece.start + within : paragraph.end
  }

  /// The place of a mention found at `start..<end` of the paragraph's text.
  func place(start: Int, end: Int, surface: String) -> MentionPlace {
    let sourceStart = sourceOffset(start)
    let sourceEnd = end > start ? sourceOffset(end - 1) + 1 : sourceStart
    return MentionPlace(paragraph: paragraph.id, start: sourceStart, end: sourceEnd, surface: surface)
  }

  /// Sentences longer than this are shown as a window around the mention: a text without
  /// sentence ends must not copy itself into every one of its mentions.
  static let sentenceLimit = 240

  /// The text of the sentence that holds `start..<end` of the paragraph's text, or a window of
  /// at most `sentenceLimit` characters around the mention, marked with … where it was cut.
  func sentenceText(at start: Int, end: Int) -> String {
    let sentence = paragraph.sentence(containing: start) ?? SourceSpan(start: 0, end: scalars.count)
    guard sentence.length > Self.sentenceLimit else {
      if let lastSentence, lastSentence.span == sentence { return lastSentence.text }
      let made = text(sentence.start, sentence.end)
      lastSentence = (sentence, made)
      return made
    }
    let margin = max(0, (Self.sentenceLimit - (end - start)) / 2)
    let from = max(sentence.start, start - margin)
    let to = min(sentence.end, max(end, start) + margin)
    return (from > sentence.start ? "…" : "") + text(from, to) + (to < sentence.end ? "…" : "")
  }

  /// Where `start` of the paragraph's text falls in `sentenceText(at: start, end: end)`.
  func sentenceOffset(at start: Int, end: Int) -> Int {
    let sentence = paragraph.sentence(containing: start) ?? SourceSpan(start: 0, end: scalars.count)
    guard sentence.length > Self.sentenceLimit else { return start - sentence.start }
    let margin = max(0, (Self.sentenceLimit - (end - start)) / 2)
    let from = max(sentence.start, start - margin)
    return start - from + (from > sentence.start ? 1 : 0)
  }

  private func text(_ from: Int, _ to: Int) -> String {
    String(scalars: scalars[from..<max(from, min(to, scalars.count))])
  }
}
