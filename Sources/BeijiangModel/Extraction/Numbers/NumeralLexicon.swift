/// The numeral vocabulary of `Data/numerals.json`: Chinese digits, units and magnitudes, the
/// decimal and grouping marks, range connectors and the words that denote shares.
struct NumeralLexicon: Decodable, Sendable {
  struct ShareWord: Decodable, Sendable {
    let word: String
    let value: Double
  }

  let digits: [String: Int]
  let smallUnits: [String: Int]
  let magnitudes: [String: Double]
  let decimalPoints: [String]
  let groupSeparators: [String]
  let rangeConnectors: [String]
  let fractionMarker: String
  let shareWords: [ShareWord]
  let tenthsMarker: String
  let tenthsBlockedBefore: [String]
}

/// The numeral lexicon indexed by scalar value for the scanner's hot path.
struct NumeralTable: Sendable {
  enum Kind: Sendable, Equatable {
    case digit(Int)
    case smallUnit(Int)
    case magnitude(Double)
  }

  /// Per BMP scalar, 0 or 1 + an index into `kinds`: a direct load instead of a hash lookup, since
  /// every flagged character of the scan asks.
  private let codes: [UInt8]
  private let kinds: [Kind]
  let decimalPoints: Set<UInt32>
  let groupSeparators: Set<UInt32>
  let rangeConnectors: ScalarTrie
  let fractionMarker: [UInt32]
  let shareWords: ScalarTrie
  let shareValues: [Double]
  let tenthsMarker: UInt32
  let tenthsBlockedBefore: Set<UInt32>

  init(_ lexicon: NumeralLexicon) {
    var entries: [(UInt32, Kind)] = []
    entries += lexicon.digits.map { ($0.key.scalarValues[0], Kind.digit($0.value)) }
    entries += lexicon.smallUnits.map { ($0.key.scalarValues[0], Kind.smallUnit($0.value)) }
    entries += lexicon.magnitudes.map { ($0.key.scalarValues[0], Kind.magnitude($0.value)) }
    var codes = [UInt8](repeating: 0, count: 0x10000)
    var kinds: [Kind] = []
    for (scalar, kind) in entries where scalar < 0x10000 && kinds.count < 255 {
      codes[Int(scalar)] = UInt8(kinds.count + 1)
      kinds.append(kind)
    }
    self.codes = codes
    self.kinds = kinds
    decimalPoints = Set(lexicon.decimalPoints.map { $0.scalarValues[0] })
    groupSeparators = Set(lexicon.groupSeparators.map { $0.scalarValues[0] })
    rangeConnectors = ScalarTrie(lexicon.rangeConnectors.enumerated().map { ($1, $0) })
    fractionMarker = lexicon.fractionMarker.scalarValues
    shareWords = ScalarTrie(lexicon.shareWords.enumerated().map { ($1.word, $0) })
    shareValues = lexicon.shareWords.map(\.value)
    tenthsMarker = lexicon.tenthsMarker.scalarValues[0]
    tenthsBlockedBefore = Set(lexicon.tenthsBlockedBefore.map { $0.scalarValues[0] })
  }

  /// What a Chinese numeral character stands for, or nil.
  @inline(__always) func chinese(_ scalar: UInt32) -> Kind? {
    guard scalar < 0x10000 else { return nil }
    let code = codes[Int(scalar)]
    return code == 0 ? nil : kinds[Int(code) - 1]
  }

  @inline(__always) func isChineseNumeral(_ scalar: UInt32) -> Bool {
    scalar < 0x10000 && codes[Int(scalar)] != 0
  }

  /// Whether a number can start at this scalar: an Arabic digit or a Chinese numeral.
  @inline(__always) func startsNumber(_ scalar: UInt32) -> Bool {
    ScalarClass.isArabicDigit(scalar) || isChineseNumeral(scalar)
  }
}
