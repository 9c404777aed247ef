/// Finds every quantity, date and ordinal in a text in one forward pass.
///
/// ```swift
/// let extractor = MetricsExtractor(referenceDate: CivilDate(iso: "2024-04-18")!)
/// let metrics = extractor.extract(paragraph)
/// for quantity in metrics.quantities { print(quantity.surface, quantity.value ?? 0, quantity.unit ?? "") }
/// ```
/// Offsets are Unicode-scalar offsets into the given text, end exclusive:
/// `Array(text.unicodeScalars)[m.start..<m.end]` spells `m.surface`. Relative dates (今年, 去年,
/// 上半年) and dates without a year resolve against `referenceDate`; use `ReferenceDate.infer(from:)`
/// on the whole article to find it.
public struct MetricsExtractor: Sendable {
  /// nil when the article's date is unknown: then nothing is resolved against one.
  public let referenceDate: CivilDate?

  public init(referenceDate: CivilDate?) {
    self.referenceDate = referenceDate
  }

  public func extract(_ text: String) -> ExtractedMetrics {
    extract(scalars: text.scalars)
  }

  /// The same, on text already decoded to scalar values (a paragraph keeps its scalars).
  func extract(scalars: [Unicode.Scalar]) -> ExtractedMetrics {
    MetricsScanner(reference: referenceDate).scan(scalars)
  }
}
