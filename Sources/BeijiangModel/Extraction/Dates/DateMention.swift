/// How finely a date mention fixes its time.
public enum DatePrecision: String, Codable, Sendable, CaseIterable {
  case day, month, season, quarter
  case halfYear = "half-year"
  case year
}

/// A date or date range found in a text, resolved to an inclusive span of days.
/// Offsets count Unicode scalars of the text given to the extractor; `end` is exclusive.
public struct DateMention: Codable, Equatable, Sendable {
  public var surface: String
  public var start: Int
  public var end: Int
  public var startDate: CivilDate
  public var endDate: CivilDate
  public var precision: DatePrecision

  public init(
    surface: String, start: Int, end: Int, startDate: CivilDate, endDate: CivilDate,
    precision: DatePrecision
  ) {
    self.surface = surface
    self.start = start
    self.end = end
    self.startDate = startDate
    self.endDate = endDate
    self.precision = precision
  }
}
