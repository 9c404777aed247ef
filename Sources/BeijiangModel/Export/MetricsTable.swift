/// The metrics of documents as a table, one row per metric: what `beijiang export --format csv`
/// writes through `CSVWriter`. Empty fields stand for absent values.
public enum MetricsTable {
  public static let header = [
    "document", "id", "surface", "value", "low", "high", "unit", "dimension", "qualifier", "role", "subject",
    "counted", "currency", "lowInclusive", "highInclusive", "change", "changeKind", "changeBasis", "changed",
    "project", "paragraph", "date", "sentence",
  ]

  public static func rows(_ documents: [Document]) -> [[String]] {
    documents.flatMap { document in
      document.analysis.metrics.map { row($0, in: document) }
    }
  }

  static func row(_ metric: Metric, in document: Document) -> [String] {
    let quantity = metric.quantity
    return [
      document.source.name, metric.id, quantity.surface, number(quantity.value), number(quantity.low),
      number(quantity.high), quantity.unit ?? "", quantity.dimension ?? "",
      quantity.qualifier?.rawValue ?? "",
      quantity.role.rawValue, quantity.subject ?? "", quantity.counted ?? "", quantity.currency ?? "",
      flag(quantity.lowInclusive), flag(quantity.highInclusive), quantity.change?.rawValue ?? "",
      quantity.changeKind?.rawValue ?? "", quantity.changeBasis ?? "", quantity.changed ?? "", metric.project,
      metric.paragraph, dates(inSentenceOf: metric, in: document), metric.sentence,
    ]
  }

  private static func flag(_ value: Bool?) -> String { value.map { $0 ? "true" : "false" } ?? "" }

  /// The dates of the metric's sentence as ISO 8601 days or intervals (2024-01-01/2024-12-31),
  /// separated by spaces, so a spreadsheet can tell when a figure applies.
  static func dates(inSentenceOf metric: Metric, in document: Document) -> String {
    document.analysis.dates.filter { $0.paragraph == metric.paragraph && $0.sentence == metric.sentence }.map
    {
      interval($0.date)
    }.joined(separator: " ")
  }

  /// 2024-03-29, 2024-01-01/2024-12-31, an open end as `..` (ISO 8601-2: 2018-01-01/..), and a
  /// date of unknown year as its partial form (--07-28) or, with nothing known, as written.
  static func interval(_ date: DateMention) -> String {
    switch (date.startDate, date.endDate) {
    case (let start?, let end?): return start == end ? start.iso : "\(start.iso)/\(end.iso)"
    case (let start?, nil): return "\(start.iso)/.."
    case (nil, let end?): return "../\(end.iso)"
    case (nil, nil):
      guard let first = date.partialStart else { return date.surface }
      return date.partialEnd.map { "\(first)/\($0)" } ?? first
    }
  }

  /// Whole numbers without a fraction (400000000), others in their shortest exact form (0.4).
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
