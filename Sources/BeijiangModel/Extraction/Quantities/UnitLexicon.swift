/// Units and measure words from `Data/units.json`. An entry either defines a unit (dimension, base
/// unit, factor to the base) or is an alias that folds a magnitude into another unit (万元 → 元 ×10⁴).
struct UnitLexicon: Decodable, Sendable {
  struct Entry: Decodable, Sendable {
    let surface: String
    let dimension: String?
    let baseUnit: String?
    let toBase: Double?
    let takesNoun: Bool?
    let displayAs: String?
    let canonical: String?
    let multiplier: Double?
  }

  let units: [Entry]
}

/// A unit resolved from the lexicon: what a quantity reports.
struct ResolvedUnit: Sendable, Equatable {
  /// The name reported as the quantity's unit (元 for 万元, % for ％).
  let name: String
  let dimension: String
  /// The base unit of the dimension; a counter is its own base.
  let baseUnit: String
  let toBase: Double
  /// Folded into the value (10⁴ for 万元).
  let multiplier: Double
  /// A classifier followed by the noun it counts (个, 名, 项).
  let takesNoun: Bool
}

/// The unit lexicon as a trie for longest-match lookup.
struct UnitTable: Sendable {
  let trie: ScalarTrie
  let resolved: [ResolvedUnit]

  init(_ lexicon: UnitLexicon) {
    var byName: [String: UnitLexicon.Entry] = [:]
    for entry in lexicon.units where entry.canonical == nil { byName[entry.surface] = entry }
    var resolved: [ResolvedUnit] = []
    var trie = ScalarTrie()
    for entry in lexicon.units {
      guard let unit = UnitTable.resolve(entry, byName: byName) else {
        preconditionFailure("units.json: \(entry.surface) names an unknown canonical unit")
      }
      trie.insert(entry.surface, payload: resolved.count)
      resolved.append(unit)
    }
    self.trie = trie
    self.resolved = resolved
  }

  private static func resolve(_ entry: UnitLexicon.Entry, byName: [String: UnitLexicon.Entry])
    -> ResolvedUnit?
  {
    let definition = entry.canonical.flatMap { byName[$0] } ?? entry
    guard let dimension = definition.dimension else { return nil }
    return ResolvedUnit(
      name: definition.displayAs ?? definition.surface, dimension: dimension,
      baseUnit: definition.baseUnit ?? definition.surface, toBase: definition.toBase ?? 1,
      multiplier: entry.multiplier ?? 1, takesNoun: definition.takesNoun ?? false)
  }

  /// The longest unit at `position`.
  func match(_ text: [UInt32], at position: Int) -> (unit: ResolvedUnit, end: Int)? {
    trie.longestMatch(in: text, at: position).map { (resolved[$0.payload], $0.end) }
  }
}
