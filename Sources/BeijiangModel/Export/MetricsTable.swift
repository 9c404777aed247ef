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
      $0.date.startDate == $0.date.endDate
        ? $0.date.startDate.iso : "\($0.date.startDate.iso)/\($0.date.endDate.iso)"
    }.joined(separator: " ")
  }

  /// Whole numbers without a fraction (400000000), others in their shortest exact form (0.4).
  static func number(_ value: Double?) -> String {
    guard let value, value.isFinite else { return "" }
    if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
    return "\(value)"
  }
}
