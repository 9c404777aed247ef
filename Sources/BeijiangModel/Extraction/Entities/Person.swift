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
  /// Whether the person acts in the article or reports it (a byline or photo credit).
  public var role: PersonRole

  public init(
    id: String, name: String, titles: [String], mentions: [EntityMention], role: PersonRole = .actor
  ) {
    self.id = id
    self.name = name
    self.titles = titles
    self.mentions = mentions
    self.role = role
  }
}

/// What a person is to the article.
public enum PersonRole: String, Codable, Sendable, Equatable {
  /// Someone the article is about: a speaker, an official, a worker.
  case actor
  /// A reporter, correspondent or photographer named in a byline or credit (记者 周蕾, 梁晓虹 摄).
  case reporter
}
