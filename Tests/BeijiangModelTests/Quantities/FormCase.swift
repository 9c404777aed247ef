import Testing

@testable import BeijiangModel

/// One written form and the figure it must give: the surface found in the text and the fields
/// checked (nil fields are not checked, except that `value` is always compared).
struct FormCase: Sendable, CustomTestStringConvertible {
  var text: String
  var surface: String
  var value: Double?
  var unit: String? = nil
  var low: Double? = nil
  var high: Double? = nil
  var qualifier: QuantityMention.Qualifier? = nil
  var dimension: String? = nil
  var kind: QuantityMention.Kind? = nil
  var currency: String? = nil
  var lowInclusive: Bool? = nil
  var highInclusive: Bool? = nil

  var testDescription: String { text }

  /// Checks the quantity with this surface, allowing for floating-point rounding.
  func check() {
    let found = MetricsFixtures.quantities(text)
    guard let mention = found.first(where: { $0.surface == surface }) else {
      Issue.record("\(text): no \(surface) in \(found.map(\.surface))")
      return
    }
    #expect(close(mention.value, value), "\(text) value \(String(describing: mention.value))")
    #expect(mention.unit == unit, "\(text) unit \(String(describing: mention.unit))")
    if low != nil || high != nil {
      #expect(close(mention.low, low) && close(mention.high, high), "\(text) range")
    }
    #expect(mention.qualifier == qualifier, "\(text) qualifier \(String(describing: mention.qualifier))")
    if let dimension { #expect(mention.dimension == dimension, "\(text) dimension") }
    if let kind { #expect(mention.kind == kind, "\(text) kind") }
    if let currency { #expect(mention.currency == currency, "\(text) currency") }
    if let lowInclusive { #expect(mention.lowInclusive == lowInclusive, "\(text) low inclusive") }
    if let highInclusive { #expect(mention.highInclusive == highInclusive, "\(text) high inclusive") }
  }

  private func close(_ found: Double?, _ expected: Double?) -> Bool {
    guard let found, let expected else { return found == nil && expected == nil }
    return abs(found - expected) <= 1e-9 * max(1, abs(expected))
  }
}
