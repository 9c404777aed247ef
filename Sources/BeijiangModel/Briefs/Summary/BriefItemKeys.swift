/// The mark keys of the items a brief can show, as the marks file stores them: kind `metric`,
/// `date` or `quote`, the item's source offsets and its surface. The dashboard marks with the same
/// keys, so a mark set there selects the item in `summary --marked`.
public enum BriefItemKeys {
  public static let metricKind = "metric"
  public static let dateKind = "date"
  public static let quoteKind = "quote"

  public static func metric(_ metric: Metric) -> MarkKey {
    let quantity = metric.quantity
    return MarkKey(kind: metricKind, start: quantity.start, end: quantity.end, surface: quantity.surface)
  }

  public static func date(_ event: DatedEvent) -> MarkKey {
    MarkKey(kind: dateKind, start: event.date.start, end: event.date.end, surface: event.date.surface)
  }

  /// A quote is keyed by its first mention; nil for a quote with no mention.
  public static func quote(_ quote: QuoteEntry) -> MarkKey? {
    guard let first = quote.mentions.first else { return nil }
    return MarkKey(kind: quoteKind, start: first.start, end: first.end, surface: first.surface)
  }

  /// The document's hash as the marks file names it: the text as read, line ends normalised.
  public static func documentHash(_ document: Document) -> DocumentHash {
    DocumentHash(text: document.source.text)
  }
}

extension BriefItemKeys {
  /// Every markable item of the document, to tell marks of items no longer found.
  public static func all(in document: Document) -> Set<MarkKey> {
    let analysis = document.analysis
    return Set(analysis.metrics.map(metric) + analysis.dates.map(date) + analysis.quotes.compactMap(quote))
  }
}
