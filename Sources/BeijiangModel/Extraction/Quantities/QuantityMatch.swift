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
  var lowInclusive: Bool? = nil
  var highInclusive: Bool? = nil
  /// Set by a form that is a change in itself (翻一番); other changes are read from the words before.
  var change: QuantityMention.ChangeDirection? = nil
  var changeKind: QuantityMention.ChangeKind? = nil

  var kind: QuantityMention.Kind {
    isShare || unit?.dimension == "share" || unit?.dimension == "ratio" ? .percentage : .quantity
  }

  /// A range of two values: the value moves to the ends.
  mutating func makeRange(low: Double, high: Double, lowInclusive: Bool = true, highInclusive: Bool = true) {
    self.low = low
    self.high = high
    self.lowInclusive = lowInclusive
    self.highInclusive = highInclusive
    value = nil
  }

  /// Every value scaled the same way (a sign, a share factor).
  mutating func scale(by factor: Double) {
    value = value.map { $0 * factor }
    low = low.map { $0 * factor }
    high = high.map { $0 * factor }
  }
}
