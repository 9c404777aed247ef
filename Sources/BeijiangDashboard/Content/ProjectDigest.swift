import BeijiangModel

/// Everything one pane shows about one project, in text order, across the documents in scope.
public struct ProjectDigest: Sendable, Equatable {
  public var project: Project
  /// The heading of the first section of this project, else the project's own summary.
  public var headline: LocalizedName
  public private(set) var metrics: [MetricItem] = []
  /// Per subject and unit, the position in `metrics` of the first figure with a value that is not
  /// a target: what a target's gauge measures progress by, found once here instead of by a search
  /// of every figure for each target on every frame.
  private var firstReached: [ReachedKey: Int] = [:]
  public var events: [EventItem] = []
  public var entities: [EntityItem] = []
  public var paragraphs: [ParagraphItem] = []

  init(project: Project, headline: LocalizedName) {
    self.project = project
    self.headline = headline
  }

  public var key: String { project.key }

  struct ReachedKey: Hashable, Sendable {
    var subject: String
    var unit: String?
  }

  mutating func append(_ item: MetricItem) {
    let quantity = item.metric.quantity
    if quantity.role != .target, quantity.magnitude != nil, let subject = quantity.subject {
      let key = ReachedKey(subject: subject, unit: quantity.unit)
      if firstReached[key] == nil { firstReached[key] = metrics.count }
    }
    metrics.append(item)
  }

  /// The first figure reported for `subject` in `unit` that is not itself a target.
  public func firstReached(subject: String, unit: String?) -> MetricItem? {
    firstReached[ReachedKey(subject: subject, unit: unit)].map { metrics[$0] }
  }

  func count(_ kind: EntityItem.Kind) -> Int { entities.filter { $0.kind == kind }.count }
}
