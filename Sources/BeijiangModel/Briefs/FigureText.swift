/// A figure to be written for people: a single value or a range, its unit and its qualifier.
///
/// Values are in base units, magnitude words already folded in (300万亩 is 3_000_000 with unit 亩),
/// as the extractor produces them. A percentage's value is in percent (40 for 40%); a share's
/// value is a fraction (0.9 for 九成).
public struct FigureText: Sendable, Codable, Equatable, Hashable {
  public enum Kind: String, Sendable, Codable, Hashable {
    case quantity, percentage, share
  }

  public var kind: Kind
  /// The single value; when nil, `low` and `high` describe the figure.
  public var value: Double?
  /// A range's ends (200至300万亩: 2_000_000 and 3_000_000). Only one end given reads as
  /// "at least low" or "at most high".
  public var low: Double?
  public var high: Double?
  /// The unit as written in Chinese (元, 亩, 平方米, 人); nil for a bare number.
  public var unit: String?
  /// Either a qualifier word from the text (多, 余, 以上, 近, 左右 ...), kept so the brief says it
  /// the way the article did, or a meaning: about, atLeast, atMost, emphasis (also at-least,
  /// at_least ...). See `docs/briefs.md` for how each is placed.
  public var qualifier: String?

  public init(
    kind: Kind = .quantity, value: Double? = nil, low: Double? = nil, high: Double? = nil,
    unit: String? = nil,
    qualifier: String? = nil
  ) {
    self.kind = kind
    self.value = value
    self.low = low
    self.high = high
    self.unit = unit
    self.qualifier = qualifier
  }

  public static func quantity(_ value: Double, _ unit: String? = nil, qualifier: String? = nil) -> FigureText
  {
    FigureText(kind: .quantity, value: value, unit: unit, qualifier: qualifier)
  }

  public static func range(
    _ low: Double, _ high: Double, _ unit: String? = nil, kind: Kind = .quantity, qualifier: String? = nil
  ) -> FigureText {
    FigureText(kind: kind, low: low, high: high, unit: unit, qualifier: qualifier)
  }

  /// `percent` in percent: 40 is 40%.
  public static func percentage(_ percent: Double, qualifier: String? = nil) -> FigureText {
    FigureText(kind: .percentage, value: percent, unit: "%", qualifier: qualifier)
  }

  /// `fraction` of a whole: 0.9 is 九成.
  public static func share(_ fraction: Double, qualifier: String? = nil) -> FigureText {
    FigureText(kind: .share, value: fraction, qualifier: qualifier)
  }
}

/// The shape of a figure once the optional fields are sorted out.
enum FigureShape: Equatable {
  case single(Double)
  case range(Double, Double)
  case none

  init(_ figure: FigureText) {
    switch (figure.value, figure.low, figure.high) {
    case (let value?, _, _): self = .single(value)
    case (nil, let low?, let high?): self = low == high ? .single(low) : .range(low, high)
    case (nil, let low?, nil): self = .single(low)
    case (nil, nil, let high?): self = .single(high)
    case (nil, nil, nil): self = .none
    }
  }

  /// The qualifier a half-open range implies, used when the figure names none.
  static func impliedQualifier(_ figure: FigureText, lexicon: FigureLexicon) -> String? {
    switch (figure.value, figure.low, figure.high) {
    case (nil, .some, nil): lexicon.openRangeQualifiers.lowOnly
    case (nil, nil, .some): lexicon.openRangeQualifiers.highOnly
    default: nil
    }
  }
}

extension FigureText {
  /// Percent signs on a quantity make it a percentage; everything else keeps its kind.
  var normalizedKind: Kind { kind == .quantity && (unit == "%" || unit == "％") ? .percentage : kind }

  func effectiveQualifier(_ lexicon: FigureLexicon) -> String? {
    qualifier ?? FigureShape.impliedQualifier(self, lexicon: lexicon)
  }
}
