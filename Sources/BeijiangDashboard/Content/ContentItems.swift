import BeijiangModel

/// A figure shown in a pane, with the document it came from.
public struct MetricItem: Sendable, Equatable {
  public var document: Int
  public var metric: Metric
}

/// A dated event on a project's timeline.
public struct EventItem: Sendable, Equatable {
  public var document: Int
  public var event: DatedEvent
}

/// A person, organisation, place, initiative or quote, flattened for one list.
public struct EntityItem: Sendable, Equatable {
  public enum Kind: String, Sendable, CaseIterable {
    case person, organization, place, initiative, quote
  }

  public var document: Int
  public var kind: Kind
  public var id: String
  public var label: String
  /// Titles of a person, the kind of a place, the speaker of a quote, other names of a body.
  public var detail: String
  public var mentions: [MentionPlace]
}

/// A paragraph shown in a pane.
public struct ParagraphItem: Sendable, Equatable {
  public var document: Int
  public var paragraph: Paragraph
  public var sectionTitle: String
}
