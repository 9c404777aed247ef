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

  let chinese: [UInt32: Kind]
  let decimalPoints: Set<UInt32>
  let groupSeparators: Set<UInt32>
  let rangeConnectors: ScalarTrie
  let fractionMarker: [UInt32]
  let shareWords: ScalarTrie
  let shareValues: [Double]
  let tenthsMarker: UInt32
  let tenthsBlockedBefore: Set<UInt32>

  init(_ lexicon: NumeralLexicon) {
    var chinese: [UInt32: Kind] = [:]
    for (word, value) in lexicon.digits { chinese[word.scalarValues[0]] = .digit(value) }
    for (word, value) in lexicon.smallUnits { chinese[word.scalarValues[0]] = .smallUnit(value) }
    for (word, value) in lexicon.magnitudes { chinese[word.scalarValues[0]] = .magnitude(value) }
    self.chinese = chinese
    decimalPoints = Set(lexicon.decimalPoints.map { $0.scalarValues[0] })
    groupSeparators = Set(lexicon.groupSeparators.map { $0.scalarValues[0] })
    rangeConnectors = ScalarTrie(lexicon.rangeConnectors.enumerated().map { ($1, $0) })
    fractionMarker = lexicon.fractionMarker.scalarValues
    shareWords = ScalarTrie(lexicon.shareWords.enumerated().map { ($1.word, $0) })
    shareValues = lexicon.shareWords.map(\.value)
    tenthsMarker = lexicon.tenthsMarker.scalarValues[0]
    tenthsBlockedBefore = Set(lexicon.tenthsBlockedBefore.map { $0.scalarValues[0] })
  }

  func isChineseNumeral(_ scalar: UInt32) -> Bool { chinese[scalar] != nil }

  /// Whether a number can start at this scalar: an Arabic digit or a Chinese numeral.
  func startsNumber(_ scalar: UInt32) -> Bool {
    ScalarClass.isArabicDigit(scalar) || chinese[scalar] != nil
  }
}
