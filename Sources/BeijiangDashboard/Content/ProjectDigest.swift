import BeijiangModel

/// Everything one pane shows about one project, in text order, across the documents in scope.
public struct ProjectDigest: Sendable, Equatable {
  public var project: Project
  /// The heading of the first section of this project, else the project's own summary.
  public var headline: LocalizedName
  public var metrics: [MetricItem] = []
  public var events: [EventItem] = []
  public var entities: [EntityItem] = []
  public var paragraphs: [ParagraphItem] = []

  public var key: String { project.key }

  func count(_ kind: EntityItem.Kind) -> Int { entities.filter { $0.kind == kind }.count }
}
