/// The words the figure formatter writes, from `Data/figure-words.json`: qualifier words with their
/// placement, named shares (一半, 三分之一) and English unit names. See `docs/data.md`.
struct FigureLexicon: Decodable, Sendable {
  struct Qualifier: Decodable, Sendable, Equatable {
    enum Position: String, Decodable, Sendable {
      /// 近4亿元, 约4亿元, 超过一半
      case beforeNumber
      /// 4200多公里, 1.1万余人: between the number and the unit
      case afterNumber
      /// 300万亩以上, 4亿元左右
      case afterUnit
    }

    var word: String
    var meaning: FigureQualifierMeaning
    var position: Position
    /// The word used instead when this one cannot follow the number (多 after 4213 or after 40%).
    var fallback: String?
    var english: String
    /// A compact sign for tables: ≈, >, ≥, <, ≤.
    var symbol: String
  }

  struct Share: Decodable, Sendable {
    var numerator: Int
    var denominator: Int
    var chinese: String
    var english: String
    var value: Double { Double(numerator) / Double(denominator) }
  }

  struct EnglishUnit: Decodable, Sendable {
    var unit: String
    /// The name after any number but one; empty for counters English does without (个, 项, 名).
    var plural: String
    var singular: String?
  }

  struct OpenRangeQualifiers: Decodable, Sendable {
    /// Said of a range with only its low end: at least low.
    var lowOnly: String
    /// Said of a range with only its high end: at most high.
    var highOnly: String
  }

  struct RangeWords: Decodable, Sendable {
    var chinese: String
    var english: String
    var table: String
  }

  var qualifiers: [Qualifier]
  var defaultQualifiers: [String: String]
  var openRangeQualifiers: OpenRangeQualifiers
  var rangeWords: RangeWords
  var shares: [Share]
  /// One to nine tenths as words (一成 ... 九成; 两成, not 二成).
  var tenths: [String]
  var englishUnits: [EnglishUnit]

  static let shared = BundledFiles.readData(FigureLexicon.self, named: "figure-words.json")

  func qualifier(word: String) -> Qualifier? { qualifiers.first { $0.word == word } }

  /// The qualifier a figure's `qualifier` field names: a word from the lexicon, or a meaning that
  /// stands for its default word. Nil for nil or an unknown string.
  func qualifier(named name: String?) -> (qualifier: Qualifier, isDefault: Bool)? {
    guard let name else { return nil }
    if let word = qualifier(word: name) { return (word, false) }
    guard let meaning = FigureQualifierMeaning(name: name), let word = defaultQualifiers[meaning.rawValue],
      let qualifier = qualifier(word: word)
    else { return nil }
    return (qualifier, true)
  }

  func englishUnit(_ unit: String) -> EnglishUnit? { englishUnits.first { $0.unit == unit } }

  /// The named share equal to `fraction`, if any (0.5 → 一半).
  func share(equalTo fraction: Double) -> Share? {
    shares.first { abs($0.value - fraction) < 1e-9 }
  }
}

/// What a qualifier says about the true value.
public enum FigureQualifierMeaning: String, Sendable, Codable, Equatable, CaseIterable {
  case about, atLeast, atMost, emphasis

  /// Accepts the raw value in any case, with or without - and _: at-least, AT_LEAST, atleast.
  init?(name: String) {
    let squeezed = name.lowercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
    guard let meaning = Self.allCases.first(where: { $0.rawValue.lowercased() == squeezed }) else {
      return nil
    }
    self = meaning
  }
}
