/// Everything the metrics extractor found in one text, each list sorted by start offset.
public struct ExtractedMetrics: Codable, Equatable, Sendable {
  public var quantities: [QuantityMention]
  public var dates: [DateMention]
  public var ordinals: [OrdinalMention]

  public init(quantities: [QuantityMention] = [], dates: [DateMention] = [], ordinals: [OrdinalMention] = [])
  {
    self.quantities = quantities
    self.dates = dates
    self.ordinals = ordinals
  }
}
