import Testing

@testable import BeijiangModel

/// The ranking rules of docs/briefs.md, "Key figures", one row per rule.
@Suite struct KeyFigureRankingTests {
  /// A figure for ranking: only the fields the rules read.
  static func figure(
    _ value: Double?, _ dimension: String?, role: QuantityMention.Role = .achieved, subject: String? = nil,
    at start: Int, surface: String? = nil
  ) -> QuantityMention {
    QuantityMention(
      kind: dimension == "share" ? .percentage : .quantity, surface: surface ?? "f\(start)", start: start,
      end: start + 1, value: value, dimension: dimension, baseValue: value, role: role, subject: subject)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    let rule: String
    let figures: [QuantityMention]
    let limit: Int
    /// Expected starts of the chosen figures, in rank order.
    let expected: [Int]
    var testDescription: String { rule }
  }

  @Test(arguments: [
    Case(
      rule: "a target before anything achieved, even a larger sum of money",
      figures: [figure(4e8, "money", at: 0), figure(3e6, "area", role: .target, at: 10)], limit: 5,
      expected: [10, 0]),
    Case(
      rule: "money before physical measures",
      figures: [figure(3.2e7, "area", at: 0), figure(1000, "money", at: 10)], limit: 5, expected: [10, 0]),
    Case(
      rule: "physical measures before shares, shares before counts, counts before time spans",
      figures: [
        figure(11000, "count", at: 0), figure(40, "time", at: 10), figure(0.5, "share", at: 20),
        figure(110, "power", at: 30),
      ], limit: 5, expected: [30, 20, 0, 10]),
    Case(
      rule: "within a class, the larger first",
      figures: [
        figure(1.583e7, "money", at: 0), figure(4e8, "money", at: 10), figure(1.38e7, "money", at: 20),
      ],
      limit: 5, expected: [10, 0, 20]),
    Case(
      rule: "equal figures keep text order",
      figures: [figure(10, "count", at: 30), figure(10, "count", at: 5)], limit: 5, expected: [5, 30]),
    Case(
      rule: "one figure per subject: the best-ranked one",
      figures: [
        figure(2e7, "area", subject: "供热覆盖", at: 0),
        figure(9.1e7, "area", role: .target, subject: "供热覆盖", at: 10),
        figure(3.235e7, "area", subject: "供热面积", at: 20),
      ], limit: 5, expected: [10, 20]),
    Case(
      rule: "without a subject, the surface names it",
      figures: [figure(12, "count", at: 0, surface: "12个"), figure(12, "count", at: 10, surface: "12个")],
      limit: 5,
      expected: [0]),
    Case(
      rule: "at most the limit",
      figures: [figure(1, "count", at: 0), figure(2, "count", at: 10), figure(3, "count", at: 20)], limit: 2,
      expected: [20, 10]),
    Case(
      rule: "a figure with no value is left out",
      figures: [figure(nil, "money", at: 0), figure(5, "count", at: 10)], limit: 5, expected: [10]),
  ])
  func rankingRule(_ example: Case) {
    let chosen = KeyFigureRanking.rank(example.figures, limit: example.limit).map {
      example.figures[$0].start
    }
    #expect(chosen == example.expected)
  }

  @Test func theSeedsDesertificationTargetsLeadTheirProject() throws {
    let metrics = try TestFiles.seed.analysis.metrics.filter { $0.project == "desertification" }
    let chosen = KeyFigureRanking.rank(metrics.map(\.quantity), limit: 3).map { metrics[$0].quantity.surface }
    #expect(chosen == ["1500万亩以上", "1300万亩以上", "300万亩以上"])
  }
}
