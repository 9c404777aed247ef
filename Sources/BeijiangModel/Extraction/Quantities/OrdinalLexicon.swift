/// How ordinals are written, from `Data/ordinals.json`: 第 + counter, number + suffix, and the
/// five-year-plan period pattern (十四五).
struct OrdinalLexicon: Decodable, Sendable {
  struct Counter: Decodable, Sendable {
    let counter: String
    let kind: String
  }

  struct Suffix: Decodable, Sendable {
    let suffix: String
    let kind: String
    /// Only after Arabic digits (1328驿站): Chinese numerals before 站 are usually names.
    let arabicOnly: Bool?
    /// Only when more text follows the suffix in the same word (十一届七次全会, not 连续三届。).
    let needsFollower: Bool?
  }

  struct PeriodPattern: Decodable, Sendable {
    let lead: String
    let tail: String
    let kind: String
  }

  let prefixMarker: String
  let prefixCounters: [Counter]
  let suffixes: [Suffix]
  let periodPattern: PeriodPattern
}
