/// How reporting writes a change, from `Data/changes.json`: verbs of increase and decrease
/// (增长, 下降), rate nouns (增幅, 降幅), the markers of a level reached (提高至88%), and the
/// comparisons (同比, 环比).
struct ChangeLexicon: Decodable, Sendable {
  struct Word: Decodable, Sendable {
    let word: String
    let direction: QuantityMention.ChangeDirection
  }

  struct Basis: Decodable, Sendable {
    let word: String
    let basis: String
  }

  let verbs: [Word]
  let rateWords: [Word]
  /// Between a rate noun and its figure (增幅为6%).
  let rateLinks: [String]
  /// Between the verb and the figure when the figure is the new level (提高至, 增长到, 降为).
  let levelMarkers: [String]
  /// Between the verb and the figure, changing nothing (增长了).
  let fillers: [String]
  /// 每 and a unit between the verb and the figure (降至每吨300元), at most this long.
  let perMarker: String
  let maxPerUnitLength: Int
  /// Characters before a verb that make it another word (新增 is a count of new things).
  let notAfter: [String]
  let bases: [Basis]
  /// How far before the verb a comparison may stand (同比 … 增长).
  let maxBasisDistance: Int
  let maxChangedLength: Int
}

/// What the change reader found before a figure.
struct ChangeReading: Sendable, Equatable {
  var direction: QuantityMention.ChangeDirection
  var kind: QuantityMention.ChangeKind
  var basis: String?
  var changed: String?
}
