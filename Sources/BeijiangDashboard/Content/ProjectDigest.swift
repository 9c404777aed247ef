import BeijiangModel

/// Everything one pane shows about one project, in text order, across the documents in scope.
/// What the overview reads of it on every frame (key figures, targets, counts, the articles that
/// speak of the project) is kept as items are added, so a frame costs no walk over every item.
/// The lists are places into the documents (`DigestRows`), not copies of the items.
public struct ProjectDigest: Sendable, Equatable {
  public var project: Project
  /// The heading of the first section of this project, else the project's own summary.
  public var headline: LocalizedName
  public private(set) var metrics = DigestRows<MetricItem>()
  /// Per subject and unit, the position in `metrics` of the first figure with a value that is not
  /// a target: what a target's gauge measures progress by, found once here instead of by a search
  /// of every figure for each target on every frame.
  private var firstReached: [ReachedKey: Int] = [:]
  private(set) var highlights = FigureHighlights()
  public private(set) var events = DigestRows<EventItem>()
  public private(set) var entities = DigestRows<EntityItem>()
  /// Positions in `entities` of each kind, in order.
  private var entitiesOfKind: [EntityItem.Kind: [Int]] = [:]
  public private(set) var paragraphs = DigestRows<ParagraphItem>()
  /// The documents with a paragraph of this project.
  private var documents: Set<Int> = []

  init(project: Project, headline: LocalizedName) {
    self.project = project
    self.headline = headline
  }

  public var key: String { project.key }

  struct ReachedKey: Hashable, Sendable {
    var subject: String
    var unit: String?
  }

  /// Reads the items appended next from `documents`: the documents read so far, then more.
  mutating func read(from documents: [Document]) {
    metrics.read(from: documents)
    events.read(from: documents)
    entities.read(from: documents)
    paragraphs.read(from: documents)
  }

  /// Appends the figure at `place`, `metric` being the figure there.
  mutating func appendMetric(_ metric: Metric, at place: ItemPlace) {
    let quantity = metric.quantity
    if !quantity.role.isForwardLooking, quantity.magnitude != nil, let subject = quantity.subject {
      let key = ReachedKey(subject: subject, unit: quantity.unit)
      if firstReached[key] == nil { firstReached[key] = metrics.count }
    }
    metrics.append(place)
    highlights.add(at: metrics.count - 1, in: metrics)
  }

  mutating func appendEvent(at place: ItemPlace) { events.append(place) }

  mutating func appendEntity(_ kind: EntityItem.Kind, at place: ItemPlace) {
    entitiesOfKind[kind, default: []].append(entities.count)
    entities.append(place)
  }

  mutating func appendParagraph(at place: ItemPlace) {
    documents.insert(Int(place.document))
    paragraphs.append(place)
  }

  /// Brings what is kept in order up to date once a batch of items was appended.
  mutating func finishAppending() {
    events.sortByTimeline()
    highlights.rank(in: metrics)
  }

  /// The first figure reported for `subject` in `unit` that is not itself a target.
  public func firstReached(subject: String, unit: String?) -> MetricItem? {
    firstReached[ReachedKey(subject: subject, unit: unit)].map { metrics[$0] }
  }

  /// The project's key figures, best first, as the brief ranks them (`KeyFigureRanking`): headline
  /// figures only, one per subject, at most `limit`.
  func keyFigures(limit: Int) -> [MetricItem] { highlights.keyFigures.prefix(limit).map { metrics[$0] } }

  /// Headline figures that are targets, in text order.
  var headlineTargets: [MetricItem] { highlights.targets.map { metrics[$0] } }

  func count(_ kind: EntityItem.Kind) -> Int { entitiesOfKind[kind]?.count ?? 0 }

  /// Per dimension other than counts, in the order its first figure came, the first of the
  /// largest headline figures.
  var largestPerDimension: [(dimension: String, item: MetricItem)] {
    highlights.dimensions.compactMap { dimension in
      highlights.largestOfDimension[dimension].map { (dimension, metrics[$0]) }
    }
  }

  /// The first `count` labels of the entities of one kind.
  func labels(_ kind: EntityItem.Kind, first count: Int) -> [String] {
    (entitiesOfKind[kind] ?? []).prefix(count).map { entities[$0].label }
  }

  /// How many documents have a paragraph of this project.
  var documentCount: Int { documents.count }
}
