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
    /// ISO 4217 code of a currency unit (元 CNY, 美元 USD, 图格里克 MNT).
    let currency: String?
    /// Only the second part of an amount in two units (五元三毛, 5斤2两): alone, 分 and 两 are words.
    let compoundOnly: Bool?
    /// Only when a number follows (三块五, 五块三毛); otherwise a classifier (一块土地).
    let onlyBeforeNumber: Bool?
    /// Only before one of these (度电): 度 alone is a degree.
    let onlyBefore: [String]?
  }

  let units: [Entry]
  /// Dimensions whose amounts may be written in two units (五元三毛, 3小时20分钟, 5斤2两).
  let compoundDimensions: [String]
  /// Words allowed between the two parts (两美元又三美分, 一元零五分).
  let compoundJoiners: [String]
  /// Between a unit and the unit it is per (87.34元/公斤, 500公斤/亩).
  let perSeparators: [String]
  /// Between the numbers of a list whose unit is written once, after the last (1.7、0.7、8.3个百分点).
  let listJoiners: [String]
  /// 半 after a unit of these dimensions adds half of it (两年半, 三斤半).
  let halfMark: String
  let halfDimensions: [String]
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
  let currency: String?
  let compoundOnly: Bool
  let onlyBeforeNumber: Bool
  let onlyBefore: [[Unicode.Scalar]]
  /// Whether the unit's dimension may take a second unit or 半 (set by the table, from the lists).
  var takesSecondPart = false
  var takesHalf = false
}

/// The unit lexicon as a trie for longest-match lookup. A class, built once: as a struct, each
/// lookup through the lexicon copied its tries onto the stack.
final class UnitTable: Sendable {
  let trie: WordTrie<Int>
  let resolved: [ResolvedUnit]
  /// Later entries of a surface the trie already holds, by the first entry's index: 分 is money's
  /// second part (五元三分) and time's (4小时30分), and only the second part's lookup tells them apart.
  private let sameSurface: [Int: [Int]]
  private let numerals: NumeralTable
  let compoundJoiners: WordTrie<Int>
  let halfMark: Unicode.Scalar
  let perSeparators: Set<Unicode.Scalar>
  let listJoiners: WordTrie<Int>

  init(_ lexicon: UnitLexicon, numerals: NumeralTable) {
    self.numerals = numerals
    compoundJoiners = WordTrie<Int>(lexicon.compoundJoiners.enumerated().map { ($1, $0) })
    halfMark = lexicon.halfMark.scalars[0]
    perSeparators = Set(lexicon.perSeparators.map { $0.scalars[0] })
    listJoiners = WordTrie<Int>(lexicon.listJoiners.enumerated().map { ($1, $0) })
    var byName: [String: UnitLexicon.Entry] = [:]
    for entry in lexicon.units where entry.canonical == nil { byName[entry.surface] = entry }
    var resolved: [ResolvedUnit] = []
    var trie = WordTrie<Int>()
    var firstOfSurface: [String: Int] = [:]
    var sameSurface: [Int: [Int]] = [:]
    for entry in lexicon.units {
      guard var unit = UnitTable.resolve(entry, byName: byName) else {
        preconditionFailure("units.json: \(entry.surface) names an unknown canonical unit")
      }
      unit.takesSecondPart = lexicon.compoundDimensions.contains(unit.dimension)
      unit.takesHalf = lexicon.halfDimensions.contains(unit.dimension)
      if let first = firstOfSurface[entry.surface] {
        sameSurface[first, default: []].append(resolved.count)
      } else {
        firstOfSurface[entry.surface] = resolved.count
        trie.insert(entry.surface, value: resolved.count)
      }
      resolved.append(unit)
    }
    self.trie = trie
    self.resolved = resolved
    self.sameSurface = sameSurface
  }

  private static func resolve(_ entry: UnitLexicon.Entry, byName: [String: UnitLexicon.Entry])
    -> ResolvedUnit?
  {
    let definition = entry.canonical.flatMap { byName[$0] } ?? entry
    guard let dimension = definition.dimension else { return nil }
    return ResolvedUnit(
      name: definition.displayAs ?? definition.surface, dimension: dimension,
      baseUnit: definition.baseUnit ?? definition.surface, toBase: definition.toBase ?? 1,
      multiplier: entry.multiplier ?? 1, takesNoun: definition.takesNoun ?? false,
      currency: definition.currency, compoundOnly: definition.compoundOnly ?? false,
      onlyBeforeNumber: definition.onlyBeforeNumber ?? false,
      onlyBefore: (definition.onlyBefore ?? []).map(\.scalars))
  }

  /// The longest unit at `position` that may stand alone after a number. The trie's longest match
  /// is almost always it; only a unit limited to some contexts makes the shorter ones worth a look.
  func match(_ text: [Unicode.Scalar], at position: Int) -> (unit: ResolvedUnit, end: Int)? {
    guard let longest = trie.longestMatch(in: text, at: position) else { return nil }
    let unit = resolved[longest.value]
    if !unit.compoundOnly, fitsContext(unit, text, end: longest.end) { return (unit, longest.end) }
    for found in trie.matches(in: text, at: position).reversed() where found.end < longest.end {
      let shorter = resolved[found.value]
      if !shorter.compoundOnly, fitsContext(shorter, text, end: found.end) { return (shorter, found.end) }
    }
    return nil
  }

  /// The longest unit at `position` of the same dimension and base as `larger` but smaller, for the
  /// second part of an amount in two units (五元三毛, 两美元又三美分, 5斤2两).
  func smaller(_ text: [Unicode.Scalar], at position: Int, than larger: ResolvedUnit) -> (
    unit: ResolvedUnit, end: Int
  )? {
    for found in trie.matches(in: text, at: position).reversed() {
      for index in [found.value] + (sameSurface[found.value] ?? []) {
        let unit = resolved[index]
        guard unit.dimension == larger.dimension, unit.baseUnit == larger.baseUnit,
          unit.toBase * unit.multiplier < larger.toBase * larger.multiplier,
          fitsContext(unit, text, end: found.end)
        else { continue }
        return (unit, found.end)
      }
    }
    return nil
  }

  /// A unit per another (元/公斤): named and dimensioned by both, compared in both base units.
  /// The names are joined by the separator the text wrote.
  func rate(_ unit: ResolvedUnit, per other: ResolvedUnit, separator: String) -> ResolvedUnit {
    ResolvedUnit(
      name: unit.name + separator + other.name, dimension: unit.dimension + separator + other.dimension,
      baseUnit: unit.baseUnit + separator + other.baseUnit,
      toBase: unit.toBase / (other.toBase * other.multiplier),
      multiplier: 1, takesNoun: false, currency: unit.currency, compoundOnly: false, onlyBeforeNumber: false,
      onlyBefore: [])
  }

  private func fitsContext(_ unit: ResolvedUnit, _ text: [Unicode.Scalar], end: Int) -> Bool {
    if unit.onlyBeforeNumber {
      guard end < text.count, numerals.startsNumber(text[end]) else { return false }
    }
    if !unit.onlyBefore.isEmpty,
      !unit.onlyBefore.contains(where: { text.has($0, at: end) })
    {
      return false
    }
    // A Latin unit must not run into more letters: 5MWh is not 5 MW.
    if ScalarClass.isLatinLetter(text[end - 1]), end < text.count, ScalarClass.isLatinLetter(text[end]) {
      return false
    }
    return true
  }
}
