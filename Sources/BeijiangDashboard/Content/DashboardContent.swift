import BeijiangModel

/// The documents as the dashboard shows them: one digest per project (overview first), built once
/// when the documents or the scope change, never per frame.
public struct DashboardContent: Sendable, Equatable {
  public var digests: [ProjectDigest]
  public var title: String
  public var referenceDates: [String]
  /// How many documents in scope have no reference date (no year in the text, no option given).
  public var unknownReferences: Int
  /// How many documents are in scope.
  public private(set) var documentsInScope = 0

  /// Projects whose headline was taken from a section title, so a later article keeps it.
  private var headlineFound: Set<String> = []

  public init(documents: [Document], scope: DocumentScope, catalog: ProjectCatalog = .bundled) {
    digests = catalog.projects.map { project in
      ProjectDigest(project: project, headline: project.summary)
    }
    title = ""
    referenceDates = []
    unknownReferences = 0
    append(documents, from: 0, scope: scope, catalog: catalog)
  }

  /// Takes in `documents[firstNew...]`, the articles that arrived since this content was built
  /// from the ones before: the result equals building it from all of them, and the earlier
  /// articles are not read again, so loading a corpus in many steps costs what one step does.
  public mutating func append(
    _ documents: [Document], from firstNew: Int, scope: DocumentScope, catalog: ProjectCatalog = .bundled
  ) {
    for index in digests.indices { digests[index].read(from: documents) }
    for index in firstNew..<documents.count where scope.includes(index) {
      add(documents[index], at: index, catalog: catalog)
    }
    for index in digests.indices { digests[index].finishAppending() }
    let inScope = documents.indices.filter(scope.includes)
    documentsInScope = inScope.count
    title =
      inScope.count == 1
      ? documents[inScope[0]].title : inScope.map { documents[$0].title }.joined(separator: " · ")
    referenceDates = inScope.compactMap { documents[$0].referenceDate }
    unknownReferences = inScope.filter { documents[$0].referenceDate == nil }.count
  }

  private mutating func add(_ document: Document, at index: Int, catalog: ProjectCatalog) {
    func digestIndex(_ key: String) -> Int? { digests.firstIndex { $0.key == key } }
    for section in document.sections
    where !section.title.isEmpty && !headlineFound.contains(section.project) {
      guard section.level > 0, let at = digestIndex(section.project), section.project != catalog.overview
      else { continue }
      digests[at].headline = LocalizedName(zh: section.title, en: section.title)
      headlineFound.insert(section.project)
    }
    for (group, section) in document.sections.enumerated() {
      for (position, paragraph) in section.paragraphs.enumerated()
      where paragraph.kind == .body || paragraph.kind == .duplicate {
        digests[digestIndex(paragraph.project) ?? 0].appendParagraph(
          at: ItemPlace(document: index, group: group, index: position))
      }
    }
    let analysis = document.analysis
    for (position, metric) in analysis.metrics.enumerated() {
      digests[digestIndex(metric.project) ?? 0].appendMetric(
        metric, at: ItemPlace(document: index, index: position))
    }
    for (position, event) in analysis.dates.enumerated() {
      digests[digestIndex(event.project) ?? 0].appendEvent(at: ItemPlace(document: index, index: position))
    }
    func entities<Details>(_ records: [EntityRecord<Details>], _ kind: EntityItem.Kind) {
      let group = EntityItem.Kind.allCases.firstIndex(of: kind) ?? 0
      for (position, record) in records.enumerated() {
        for key in record.projects {
          if let at = digestIndex(key) {
            digests[at].appendEntity(kind, at: ItemPlace(document: index, group: group, index: position))
          }
        }
      }
    }
    entities(analysis.people, .person)
    entities(analysis.organizations, .organization)
    entities(analysis.places, .place)
    entities(analysis.initiatives, .initiative)
    entities(analysis.quotes, .quote)
  }

  public func digest(_ key: String) -> ProjectDigest? { digests.first { $0.key == key } }
}

extension DigestRows where Item == EventItem {
  /// Sorts dated events by day (across documents, then in text order), those of unknown year after
  /// them as written. Each event's key is read once, not two events for every comparison; the
  /// order is the one sorting the events themselves by the same rule gave.
  mutating func sortByTimeline() {
    let keys = places.map { place in
      let date = documents[Int(place.document)].analysis.dates[Int(place.index)].date
      return (day: date.sortDate, document: place.document, start: date.start)
    }
    let order = keys.indices.sorted { lhs, rhs in
      let (left, right) = (keys[lhs], keys[rhs])
      switch (left.day, right.day) {
      case (let first?, let second?):
        return (first, left.document, left.start) < (second, right.document, right.start)
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return (left.document, left.start) < (right.document, right.start)
      }
    }
    self = reordered(order)
  }
}
