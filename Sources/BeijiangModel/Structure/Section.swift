/// A heading and the paragraphs under it up to the next heading. Level 0 is the untitled section
/// for text before the first heading, or for an article with no headings at all.
public struct Section: Codable, Equatable, Sendable {
  public var id: String
  public var level: Int
  public var title: String
  /// The id of the nearest earlier section with a lower level.
  public var parent: String?
  public var project: String
  public var start: Int
  public var paragraphs: [Paragraph]
}

extension Section {
  /// Encodes every field, `parent` as null when absent, so the export's shape never varies.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(id, forKey: .id)
    try container.encode(level, forKey: .level)
    try container.encode(title, forKey: .title)
    try container.encode(parent, forKey: .parent)
    try container.encode(project, forKey: .project)
    try container.encode(start, forKey: .start)
    try container.encode(paragraphs, forKey: .paragraphs)
  }
}
