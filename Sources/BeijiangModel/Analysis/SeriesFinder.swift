/// Finds `FigureSeries` across articles: figures with a subject and a dimension, grouped by project,
/// subject and dimension, kept when at least two articles report them.
///
/// Within one article a series takes one point: its first achieved or current figure (what the
/// article says has been reached), else its first target. Targets and achievements are not mixed
/// in one series, so a plan of 9100万平方米 is never read as growth from 3235万平方米.
public enum SeriesFinder {
  struct Key: Hashable {
    var project: String
    var label: String
    var dimension: String
    var target: Bool
  }

  /// Series reported by at least `minimumArticles` articles, those spanning most articles first,
  /// then by project, label and dimension so that the order never depends on hashing.
  public static func series(in documents: [Document], minimumArticles: Int = 2) -> [FigureSeries] {
    var groups: [Key: [SeriesPoint]] = [:]
    for (index, document) in documents.enumerated() {
      var taken = Set<Key>()
      for metric in document.analysis.metrics {
        let quantity = metric.quantity
        guard let subject = quantity.subject, !subject.isEmpty, let dimension = quantity.dimension,
          let value = quantity.magnitude
        else { continue }
        let key = Key(
          project: metric.project, label: subject, dimension: dimension,
          target: quantity.role.isForwardLooking)
        guard taken.insert(key).inserted else { continue }
        groups[key, default: []].append(
          SeriesPoint(
            document: index, source: document.source.name, title: document.title,
            referenceDate: document.referenceDate, value: value, surface: quantity.surface,
            role: quantity.role, metric: metric.id))
      }
    }
    return groups.filter { $0.value.count >= max(2, minimumArticles) }.map { key, points in
      FigureSeries(
        project: key.project, label: key.label, dimension: key.dimension,
        points: points.sorted(by: dateOrder))
    }.sorted(by: seriesOrder)
  }

  /// Articles by reference date, those without one after them, then in the order given.
  static func dateOrder(_ lhs: SeriesPoint, _ rhs: SeriesPoint) -> Bool {
    switch (lhs.referenceDate, rhs.referenceDate) {
    case (let left?, let right?): return (left, lhs.document) < (right, rhs.document)
    case (.some, .none): return true
    case (.none, .some): return false
    case (.none, .none): return lhs.document < rhs.document
    }
  }

  static func seriesOrder(_ lhs: FigureSeries, _ rhs: FigureSeries) -> Bool {
    if lhs.points.count != rhs.points.count { return lhs.points.count > rhs.points.count }
    let left = (lhs.project, lhs.label, lhs.dimension, lhs.points.first?.role.rawValue ?? "")
    let right = (rhs.project, rhs.label, rhs.dimension, rhs.points.first?.role.rawValue ?? "")
    return left < right
  }
}
