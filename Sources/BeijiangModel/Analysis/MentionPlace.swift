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

extension Paragraph {
  /// The place of a mention found at `start..<end` of this paragraph's text.
  func place(start: Int, end: Int, surface: String) -> MentionPlace {
    let span = sourceSpan(forTextStart: start, end: end)
    return MentionPlace(paragraph: id, start: span.start, end: span.end, surface: surface)
  }

  /// The text of the sentence that holds offset `start` of this paragraph's text.
  func sentenceText(at start: Int) -> String {
    guard let sentence = sentence(containing: start) else { return text }
    let scalars = Array(text.unicodeScalars)
    return String(String.UnicodeScalarView(scalars[sentence.start..<sentence.end]))
  }
}
