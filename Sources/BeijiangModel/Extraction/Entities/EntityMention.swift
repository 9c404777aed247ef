/// Where an entity is named: a paragraph (index into the paragraphs given to the extractor) and a
/// half-open range of Unicode-scalar offsets into that paragraph's text.
public struct EntityMention: Codable, Sendable, Equatable, Hashable {
  public var paragraph: Int
  public var start: Int
  public var end: Int
  /// The text between `start` and `end`, exactly as written.
  public var surface: String

  public init(paragraph: Int, start: Int, end: Int, surface: String) {
    self.paragraph = paragraph
    self.start = start
    self.end = end
    self.surface = surface
  }
}
