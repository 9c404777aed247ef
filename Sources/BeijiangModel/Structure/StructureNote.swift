/// Something the structure step did to the text that a reader may want to check.
public struct StructureNote: Codable, Equatable, Sendable {
  public enum Kind: String, Codable, Sendable {
    case joinedParagraphs = "joined-paragraphs"
    case duplicateParagraph = "duplicate-paragraph"
    case layoutLine = "layout-line"
  }

  public var kind: Kind
  public var paragraph: String
  public var detail: String
}
