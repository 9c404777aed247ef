/// A named programme, campaign, year or brand (“诚信建设提升年”, “五个一”工程, 温暖工程).
public struct Initiative: Codable, Sendable, Equatable {
  /// `initiative:` followed by the name.
  public var id: String
  /// The quoted name without its quotation marks, or, when the quoted part needs the noun after it,
  /// the quoted part with its marks and that noun (“五个一”工程).
  public var name: String
  public var mentions: [EntityMention]

  public init(id: String, name: String, mentions: [EntityMention]) {
    self.id = id
    self.name = name
    self.mentions = mentions
  }
}
