/// A quantity as the reader delimits it, before its role, subject and counted noun are found.
struct QuantityMatch: Sendable {
  var start: Int
  var end: Int
  /// Where a counted noun or a trailing subject may begin: after the unit and its qualifiers.
  var tailStart: Int
  var value: Double?
  var low: Double?
  var high: Double?
  var unitName: String?
  var unit: ResolvedUnit?
  var qualifier: QuantityMention.Qualifier?
  var isShare: Bool

  var kind: QuantityMention.Kind {
    isShare || unit?.dimension == "share" || unit?.dimension == "ratio" ? .percentage : .quantity
  }
}
