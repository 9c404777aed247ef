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
  let chineseDecimalPoint: String
  let groupSeparators: [String]
  let notInDigitStrings: [String]
  let vagueDigits: [String]
  /// 数 and 上 before a unit character (数十亿, 上千万): "some" or "upwards of" that many.
  let vagueLeads: [VagueLead]
  let negativeSigns: [String]
  /// Words before a number that make it negative: 零下 of temperatures (零下12摄氏度).
  let negativeWords: [String]
  let rangeConnectors: [String]
  let fractionMarker: String
  let shareWords: [ShareWord]
  let halfMark: String
  let tenthsMarker: String
  let tenthsBlockedBefore: [String]
  let discountMarker: String
  let discountBlockedBefore: [String]
  let doubling: Doubling

  /// A word read as the least digit before 十/百/千/万/亿, unless it ends a word (人数十万 is 人数).
  struct VagueLead: Decodable, Sendable {
    let word: String
    let notAfter: [String]
  }

  /// 翻一番, 翻了两番: lead, optional filler, a count, tail; the result is in `unit`.
  struct Doubling: Decodable, Sendable {
    let lead: String
    let filler: String
    let tail: String
    let unit: String
  }
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
  let decimalPoints: Set<Unicode.Scalar>
  /// 点 between Chinese digits: 三点一.
  let chineseDecimalPoint: Unicode.Scalar
  let groupSeparators: Set<Unicode.Scalar>
  /// Digits that never stand in a digit-by-digit run (两: 三两 is 3 两, not 32).
  let notInDigitStrings: Set<Unicode.Scalar>
  /// 几 (十几, 几十万): a digit of unknown value, read as 1 so the figure is a lower bound.
  let vagueDigits: Set<Unicode.Scalar>
  let negativeSigns: Set<Unicode.Scalar>
  /// Vague leads by scalar, with the characters that may not stand before them.
  let vagueLeads: [Unicode.Scalar: Set<Unicode.Scalar>]
  let negativeWords: [[Unicode.Scalar]]
  let rangeConnectors: WordTrie<Int>
  let fractionMarker: [Unicode.Scalar]
  let shareWords: WordTrie<Int>
  let shareValues: [Double]
  /// First scalars of the share words, so the scan stops at 对折 and 半成 as at a numeral.
  let shareWordStarts: Set<Unicode.Scalar>
  let halfMark: Unicode.Scalar
  let tenthsMarker: Unicode.Scalar
  let tenthsBlockedBefore: Set<Unicode.Scalar>
  let discountMarker: Unicode.Scalar
  let discountBlockedBefore: Set<Unicode.Scalar>
  let doublingLead: Unicode.Scalar
  let doublingFiller: Unicode.Scalar
  let doublingTail: Unicode.Scalar
  let doublingUnit: [Unicode.Scalar]

  init(_ lexicon: NumeralLexicon) {
    var entries: [(Unicode.Scalar, Kind)] = []
    entries += lexicon.digits.map { ($0.key.scalars[0], Kind.digit($0.value)) }
    entries += lexicon.smallUnits.map { ($0.key.scalars[0], Kind.smallUnit($0.value)) }
    entries += lexicon.magnitudes.map { ($0.key.scalars[0], Kind.magnitude($0.value)) }
    var codes = [UInt8](repeating: 0, count: 0x10000)
    var kinds: [Kind] = []
    for (scalar, kind) in entries where scalar.value < 0x10000 && kinds.count < 255 {
      codes[Int(scalar.value)] = UInt8(kinds.count + 1)
      kinds.append(kind)
    }
    self.codes = codes
    self.kinds = kinds
    decimalPoints = Set(lexicon.decimalPoints.map { $0.scalars[0] })
    chineseDecimalPoint = lexicon.chineseDecimalPoint.scalars[0]
    groupSeparators = Set(lexicon.groupSeparators.map { $0.scalars[0] })
    notInDigitStrings = Set(lexicon.notInDigitStrings.map { $0.scalars[0] })
    vagueDigits = Set(lexicon.vagueDigits.map { $0.scalars[0] })
    negativeSigns = Set(lexicon.negativeSigns.map { $0.scalars[0] })
    vagueLeads = Dictionary(
      lexicon.vagueLeads.map { ($0.word.scalars[0], Set($0.notAfter.map { $0.scalars[0] })) },
      uniquingKeysWith: { first, _ in first })
    negativeWords = lexicon.negativeWords.map(\.scalars)
    rangeConnectors = WordTrie<Int>(lexicon.rangeConnectors.enumerated().map { ($1, $0) })
    fractionMarker = lexicon.fractionMarker.scalars
    shareWords = WordTrie<Int>(lexicon.shareWords.enumerated().map { ($1.word, $0) })
    shareValues = lexicon.shareWords.map(\.value)
    shareWordStarts = Set(lexicon.shareWords.map { $0.word.scalars[0] })
    halfMark = lexicon.halfMark.scalars[0]
    tenthsMarker = lexicon.tenthsMarker.scalars[0]
    tenthsBlockedBefore = Set(lexicon.tenthsBlockedBefore.map { $0.scalars[0] })
    discountMarker = lexicon.discountMarker.scalars[0]
    discountBlockedBefore = Set(lexicon.discountBlockedBefore.map { $0.scalars[0] })
    doublingLead = lexicon.doubling.lead.scalars[0]
    doublingFiller = lexicon.doubling.filler.scalars[0]
    doublingTail = lexicon.doubling.tail.scalars[0]
    doublingUnit = lexicon.doubling.unit.scalars
  }

  /// What a Chinese numeral character stands for, or nil.
  @inline(__always) func chinese(_ scalar: Unicode.Scalar) -> Kind? {
    guard scalar.value < 0x10000 else { return nil }
    let code = codes[Int(scalar.value)]
    return code == 0 ? nil : kinds[Int(code) - 1]
  }

  @inline(__always) func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
    scalar.value < 0x10000 && codes[Int(scalar.value)] != 0
  }

  /// Whether a number can start at this scalar: an Arabic digit or a Chinese numeral.
  @inline(__always) func startsNumber(_ scalar: Unicode.Scalar) -> Bool {
    ScalarClass.isArabicDigit(scalar) || isChineseNumeral(scalar)
  }
}
