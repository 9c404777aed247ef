/// Every data file the metrics extractors read, compiled once into lookup tables. A class: the
/// readers that keep it pass one reference around, where a struct this large was copied onto the
/// stack for each method called on it.
final class MetricsLexicon: Sendable {
  static let shared = MetricsLexicon()

  let numerals: NumeralTable
  let numbers: NumberReader
  let units: UnitTable
  let qualifiers: QualifierTable
  let roles: RoleCueLexicon
  let context: ContextWords
  let notQuantities: NotQuantityWords
  let ordinals: OrdinalLexicon
  let dates: DateTables
  let scalarFlags: ScalarFlags
  let notQuantityFilter: NotQuantityFilter
  let nounPhrases: NounPhraseRules
  let changes: ChangeLexicon

  init() {
    numerals = NumeralTable(BundledFiles.readData(NumeralLexicon.self, named: "numerals.json"))
    numbers = NumberReader(table: numerals)
    units = UnitTable(BundledFiles.readData(UnitLexicon.self, named: "units.json"), numerals: numerals)
    qualifiers = QualifierTable(BundledFiles.readData(QualifierLexicon.self, named: "qualifiers.json"))
    roles = BundledFiles.readData(RoleCueLexicon.self, named: "roles.json")
    context = BundledFiles.readData(ContextWords.self, named: "context-words.json")
    notQuantities = BundledFiles.readData(NotQuantityWords.self, named: "not-quantities.json")
    ordinals = BundledFiles.readData(OrdinalLexicon.self, named: "ordinals.json")
    dates = DateTables(BundledFiles.readData(DateLexicon.self, named: "dates.json"))
    scalarFlags = ScalarFlags(numerals: numerals, dates: dates)
    notQuantityFilter = NotQuantityFilter(notQuantities, numerals: numerals)
    // Labels drop the place names that open them (二连口岸中欧班列 → 中欧班列): the gazetteer's names.
    let gazetteer = LexiconFiles.Gazetteer.bundled
    let placeNames = gazetteer.places.flatMap { [$0.name] + ($0.aliases ?? []) }
    nounPhrases = NounPhraseRules(context, placeNames: placeNames)
    changes = BundledFiles.readData(ChangeLexicon.self, named: "changes.json")
  }
}

/// A table over the Basic Multilingual Plane saying which scalars can start a mention, so the scan
/// pays one array load for the great majority of characters, which start nothing.
struct ScalarFlags: Sendable {
  static let number: UInt8 = 1
  static let dateWord: UInt8 = 2
  /// The first character of a share word or of 翻一番 that is neither numeral nor date word.
  static let wordForm: UInt8 = 4

  private let flags: [UInt8]

  init(numerals: NumeralTable, dates: DateTables) {
    var flags = [UInt8](repeating: 0, count: 0x10000)
    for value in 0..<UInt32(0x10000) {
      guard let scalar = Unicode.Scalar(value), numerals.startsNumber(scalar) else { continue }
      flags[Int(value)] |= Self.number
    }
    // 数十亿, 上千万: a vague lead is read like the numeral it stands before.
    for scalar in numerals.vagueLeads.keys where scalar.value < 0x10000 {
      flags[Int(scalar.value)] |= Self.number
    }
    for scalar in numerals.shareWordStarts.union([numerals.doublingLead]) where scalar.value < 0x10000 {
      flags[Int(scalar.value)] |= Self.wordForm
    }
    for scalar in dates.wordStarts where scalar.value < 0x10000 { flags[Int(scalar.value)] |= Self.dateWord }
    self.flags = flags
  }

  @inline(__always) func flags(of scalar: Unicode.Scalar) -> UInt8 {
    scalar.value < 0x10000 ? flags[Int(scalar.value)] : 0
  }
}
