/// A named organisation. Its short forms (自治区总工会) and full form (内蒙古自治区总工会) are one
/// organisation whose canonical name is the full form.
public struct Organization: Codable, Sendable, Equatable {
  /// `org:` followed by the canonical name.
  public var id: String
  public var canonical: String
  /// Other names the article uses for it, in order of first appearance.
  public var aliases: [String]
  public var mentions: [EntityMention]

  public init(id: String, canonical: String, aliases: [String], mentions: [EntityMention]) {
    self.id = id
    self.canonical = canonical
    self.aliases = aliases
    self.mentions = mentions
  }
}
