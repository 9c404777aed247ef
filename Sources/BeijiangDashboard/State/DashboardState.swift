import BeijiangModel
import BeijiangUI

/// The whole dashboard as a value. Every key, click, resize and result goes through `update` as a
/// `DashboardMessage`; `DashboardView.frame` draws from it. Outside this module the state is read
/// only. Nothing here touches the terminal.
public struct DashboardState: Sendable {
  public private(set) var documents: [Document]
  public private(set) var content: DashboardContent
  public private(set) var scope: DocumentScope
  /// The content of all articles while one is in scope, kept so that going back to all of them
  /// (`A`) is as quick as scoping to one: rebuilding it read every article again (~300 ms at 1000).
  private var allContent: DashboardContent?
  /// How far the background loader is, while articles still arrive.
  public internal(set) var loading: LoadingStatus?
  public internal(set) var width: Int
  public internal(set) var height: Int
  /// 0 is the overview; 1... are the projects in catalog order.
  public internal(set) var pane: Int = 0
  public internal(set) var focus: ProjectList = .metrics
  public internal(set) var overviewSelection: Int = 0
  var selections: [ListKey: Int] = [:]
  var offsets: [ListKey: Int] = [:]
  public internal(set) var sort: SortOrder = .text
  public internal(set) var dimensionFilter: String?
  public internal(set) var targetsOnly = false
  public internal(set) var settings: DashboardSettings
  public internal(set) var overlay: Overlay = .none
  /// The overlay `?` was pressed on (a detail view, the marks): closing the help shows it again.
  public internal(set) var overlayUnderHelp: Overlay?
  /// The first line of the help shown, when it is taller than the screen.
  public internal(set) var helpScroll = 0
  public internal(set) var lastSearch: SearchState?
  public internal(set) var status: String?
  /// What the last key did, shown in the hint bar until the next key (copied, the editor's outcome).
  public internal(set) var notice: String?
  /// The slide shown in presentation mode (0 is the title slide, n the nth project), or nil.
  public internal(set) var slide: Int?
  /// Started as `beijiang present`: leaving the slides quits instead of showing the dashboard.
  public internal(set) var presentOnly = false
  /// The reader's marks, in memory; the program around saves them on `.saveMarks`.
  public internal(set) var marks: MarksStore
  /// `DocumentHash` of each document's source text, the key its marks are stored under.
  public internal(set) var documentHashes: [DocumentHash]

  public init(
    documents: [Document], width: Int, height: Int, settings: DashboardSettings = DashboardSettings(),
    marks: MarksStore = .unsaved
  ) {
    self.documents = documents
    documentHashes = documents.map(Self.hash)
    self.marks = marks
    scope = .all
    content = DashboardContent(documents: documents, scope: .all)
    self.width = width
    self.height = height
    self.settings = settings
  }

  public var theme: Theme { settings.theme }
  public var language: Language { settings.language }
  public var strings: StringTable { .dashboard }
  public var paneCount: Int { content.digests.count }

  func text(_ id: String) -> String { strings.text(id, language) }

  /// Replaces the documents (after a reload), keeping pane, focus and scope where they still fit.
  public mutating func replaceDocuments(_ documents: [Document]) {
    self.documents = documents
    documentHashes = documents.map(Self.hash)
    if case .document(let index) = scope, index >= documents.count { scope = .all }
    content = DashboardContent(documents: documents, scope: scope)
    allContent = nil
    clampSelections()
  }

  /// Adds articles the background loader built; scope, selections and panes stay.
  mutating func appendDocuments(_ more: [Document]) {
    documents += more
    documentHashes += more.map(Self.hash)
    content.append(documents, from: documents.count - more.count, scope: scope)
    allContent?.append(documents, from: documents.count - more.count, scope: .all)
  }

  public mutating func setScope(_ scope: DocumentScope) {
    if scope != self.scope {
      if self.scope == .all { allContent = content }
      if scope == .all, let kept = allContent {
        content = kept
      } else {
        content = DashboardContent(documents: documents, scope: scope)
      }
      if scope == .all { allContent = nil }
      self.scope = scope
    }
    selections = [:]
    offsets = [:]
  }

  public var digest: ProjectDigest? { pane > 0 && pane < content.digests.count ? content.digests[pane] : nil }

  // MARK: - Rows of each list, as filtered and sorted for display

  public func metricRows(_ pane: Int) -> DigestRows<MetricItem> {
    guard pane > 0, pane < content.digests.count else { return DigestRows() }
    var rows = content.digests[pane].metrics
    if targetsOnly { rows = rows.keeping { $0.metric.quantity.role.isForwardLooking } }
    if let dimension = dimensionFilter { rows = rows.keeping { $0.metric.quantity.dimension == dimension } }
    switch sort {
    case .text: break
    case .value: rows = Self.byValueWithinUnit(rows)
    case .unit:
      rows.sort {
        let left = ($0.metric.quantity.dimension ?? "~", $0.metric.quantity.unit ?? "~")
        let right = ($1.metric.quantity.dimension ?? "~", $1.metric.quantity.unit ?? "~")
        return left != right
          ? left < right : ($0.metric.quantity.magnitude ?? -1) > ($1.metric.quantity.magnitude ?? -1)
      }
    }
    return rows
  }

  public func eventRows(_ pane: Int) -> DigestRows<EventItem> {
    pane > 0 && pane < content.digests.count ? content.digests[pane].events : DigestRows()
  }

  public func entityRows(_ pane: Int) -> DigestRows<EntityItem> {
    pane > 0 && pane < content.digests.count ? content.digests[pane].entities : DigestRows()
  }

  public func paragraphRows(_ pane: Int) -> DigestRows<ParagraphItem> {
    pane > 0 && pane < content.digests.count ? content.digests[pane].paragraphs : DigestRows()
  }

  public func rowCount(_ pane: Int, _ list: ProjectList) -> Int {
    switch list {
    case .metrics: metricRows(pane).count
    case .timeline: eventRows(pane).count
    case .entities: entityRows(pane).count
    case .paragraphs: paragraphRows(pane).count
    }
  }

  /// Dimensions present among a pane's figures, for the `f` filter.
  public func dimensions(_ pane: Int) -> [String] {
    guard pane > 0, pane < content.digests.count else { return [] }
    var seen: [String] = []
    for item in content.digests[pane].metrics {
      if let dimension = item.metric.quantity.dimension, !seen.contains(dimension) { seen.append(dimension) }
    }
    return seen
  }

  // MARK: - Selection

  public func selection(_ pane: Int, _ list: ProjectList) -> Int? {
    let count = rowCount(pane, list)
    guard count > 0 else { return nil }
    return min(max(0, selections[ListKey(pane: pane, list: list)] ?? 0), count - 1)
  }

  func offset(_ pane: Int, _ list: ProjectList) -> Int { offsets[ListKey(pane: pane, list: list)] ?? 0 }

  /// Selects a row and scrolls its list as little as needed to keep it in view.
  mutating func select(_ row: Int, in pane: Int, _ list: ProjectList) {
    let count = rowCount(pane, list)
    let chosen = count == 0 ? 0 : min(max(0, row), count - 1)
    selections[ListKey(pane: pane, list: list)] = chosen
    let visible = max(1, pageSize)
    setOffset(
      Table.scrollOffset(selected: chosen, offset: offset(pane, list), visibleRows: visible, rowCount: count),
      in: pane, list)
  }

  mutating func setOffset(_ offset: Int, in pane: Int, _ list: ProjectList) {
    offsets[ListKey(pane: pane, list: list)] = offset
  }

  mutating func clampSelections() {
    for key in selections.keys { select(selections[key] ?? 0, in: key.pane, key.list) }
    pane = min(pane, max(0, paneCount - 1))
  }

  /// The top key figures of a pane's project, ranked as in the brief; only figures with a unit and
  /// a clean label (a bare 60 or an unlabelled 3年 would be repeated without meaning).
  public func keyFigures(_ pane: Int, limit: Int = 3) -> [MetricItem] {
    guard pane > 0, pane < content.digests.count else { return [] }
    return content.digests[pane].keyFigures(limit: limit)
  }
}
