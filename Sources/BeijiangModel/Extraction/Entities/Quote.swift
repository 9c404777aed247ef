/// Who said a quote: a person found in the article or a group (慰问组).
public struct QuoteSpeaker: Codable, Sendable, Equatable {
  public enum Kind: String, Codable, Sendable, Equatable {
    case person
    case group
  }

  public var name: String
  public var kind: Kind
  /// The person's id when `kind` is `person`.
  public var personID: String?
  /// Where the speaker is named next to the quote.
  public var mention: EntityMention

  public init(name: String, kind: Kind, personID: String?, mention: EntityMention) {
    self.name = name
    self.kind = kind
    self.personID = personID
    self.mention = mention
  }
}

/// Direct speech: text in quotation marks that reads as sentences, with its speaker when the text
/// names one. Adjacent quoted segments (“…？”“…。”) form one quote.
public struct Quote: Codable, Sendable, Equatable {
  /// `quote:` followed by its 1-based position in the article.
  public var id: String
  /// The words spoken, without the outer quotation marks (inner ones are kept).
  public var text: String
  public var speaker: QuoteSpeaker?
  /// The quoted span including its quotation marks (one mention).
  public var mentions: [EntityMention]

  public init(id: String, text: String, speaker: QuoteSpeaker?, mentions: [EntityMention]) {
    self.id = id
    self.text = text
    self.speaker = speaker
    self.mentions = mentions
  }
}
