/// A named person: one entry however often the article names them.
public struct Person: Codable, Sendable, Equatable {
  /// Stable within one extraction: `person:` followed by the name.
  public var id: String
  public var name: String
  /// Titles and roles the text gives the person, in order of first appearance, each with the body it
  /// belongs to (自治区总工会党组书记). A role listed after another without its own body shares that
  /// body: 自治区总工会党组书记、副主席 gives 自治区总工会副主席.
  public var titles: [String]
  public var mentions: [EntityMention]

  public init(id: String, name: String, titles: [String], mentions: [EntityMention]) {
    self.id = id
    self.name = name
    self.titles = titles
    self.mentions = mentions
  }
}
