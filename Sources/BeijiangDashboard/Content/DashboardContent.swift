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
    for section in document.sections {
      for paragraph in section.paragraphs where paragraph.kind == .body || paragraph.kind == .duplicate {
        digests[digestIndex(paragraph.project) ?? 0].append(
          ParagraphItem(document: index, paragraph: paragraph, sectionTitle: section.title))
      }
    }
    let analysis = document.analysis
    for metric in analysis.metrics {
      digests[digestIndex(metric.project) ?? 0].append(MetricItem(document: index, metric: metric))
    }
    for event in analysis.dates {
      digests[digestIndex(event.project) ?? 0].events.append(EventItem(document: index, event: event))
    }
    for item in Self.entityItems(analysis, document: index) {
      for key in item.projects {
        if let at = digestIndex(key) { digests[at].append(item.item) }
      }
    }
  }

  /// Dated events by day (across documents, then in text order); those of unknown year after them,
  /// as written.
  static func timelineOrder(_ lhs: EventItem, _ rhs: EventItem) -> Bool {
    let (left, right) = (lhs.event.date, rhs.event.date)
    switch (left.sortDate, right.sortDate) {
    case (let first?, let second?):
      return (first, lhs.document, left.start) < (second, rhs.document, right.start)
    case (.some, .none): return true
    case (.none, .some): return false
    case (.none, .none): return (lhs.document, left.start) < (rhs.document, right.start)
    }
  }

  public func digest(_ key: String) -> ProjectDigest? { digests.first { $0.key == key } }

  private static func entityItems(_ analysis: DocumentAnalysis, document: Int) -> [(
    item: EntityItem, projects: [String]
  )] {
    func items<Details>(
      _ records: [EntityRecord<Details>], _ kind: EntityItem.Kind, detail: (Details) -> String
    )
      -> [(item: EntityItem, projects: [String])]
    {
      records.map {
        (
          EntityItem(
            document: document, kind: kind, id: $0.id, label: $0.details.label, detail: detail($0.details),
            mentions: $0.mentions), $0.projects
        )
      }
    }
    return items(analysis.people, .person) { $0.titles.joined(separator: "、") }
      + items(analysis.organizations, .organization) { $0.aliases.joined(separator: "、") }
      + items(analysis.places, .place) { $0.placeKind.rawValue }
      + items(analysis.initiatives, .initiative) { _ in "" }
      + items(analysis.quotes, .quote) { $0.speaker?.name ?? "" }
  }
}
