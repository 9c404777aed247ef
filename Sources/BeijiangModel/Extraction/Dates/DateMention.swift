/// How finely a date mention fixes its time. `vague` is a word such as 近日 or 目前 that names a
/// time without fixing it: it keeps no days at all.
public enum DatePrecision: String, Codable, Sendable, CaseIterable {
  case day, week
  case tenDays = "ten-days"
  case month, season, quarter
  case halfYear = "half-year"
  case year, decade, vague
}

/// The side of a range the text leaves open: 2018年以前 has no start, 2018年起 no end.
public enum DateOpenSide: String, Codable, Sendable {
  case start, end
}

/// What the text says a date is for, where it says it: 到2027年, 计划2025年8月底前完工.
public enum DateRole: String, Codable, Sendable {
  case target
}

/// A date or date range found in a text, resolved to an inclusive span of days when its year is
/// known. Offsets count Unicode scalars of the text given to the extractor; `end` is exclusive.
public struct DateMention: Codable, Equatable, Sendable {
  public var surface: String
  public var start: Int
  public var end: Int
  /// The first day; nil when the start is open or the year is unknown.
  public var startDate: CivilDate?
  /// The last day; nil when the end is open or the year is unknown.
  public var endDate: CivilDate?
  /// What the text gives when the year is unknown, in ISO 8601 partial form: `--07-28` (month and
  /// day), `--07` (month), `---16` (day of an unknown month).
  public var partialStart: String?
  public var partialEnd: String?
  public var precision: DatePrecision
  public var open: DateOpenSide?
  /// Whether the text named the date relative to when it speaks (今年, 上月, 下周一, 3天前).
  public var relative: Bool
  /// The reference date the mention was read against, when it needed one (relative words, and
  /// months or days written without a year).
  public var resolvedAgainst: CivilDate?
  public var role: DateRole?

  public init(
    surface: String, start: Int, end: Int, startDate: CivilDate?, endDate: CivilDate?,
    precision: DatePrecision, partialStart: String? = nil, partialEnd: String? = nil,
    open: DateOpenSide? = nil, relative: Bool = false, resolvedAgainst: CivilDate? = nil,
    role: DateRole? = nil
  ) {
    self.surface = surface
    self.start = start
    self.end = end
    self.startDate = startDate
    self.endDate = endDate
    self.partialStart = partialStart
    self.partialEnd = partialEnd
    self.precision = precision
    self.open = open
    self.relative = relative
    self.resolvedAgainst = resolvedAgainst
    self.role = role
  }

  /// Whether the mention has a known place in time (at least one known day).
  public var isDated: Bool { startDate != nil || endDate != nil }

  /// The day the timeline orders it by: the start, or the end of a range open at its start.
  public var sortDate: CivilDate? { startDate ?? endDate }

  enum CodingKeys: String, CodingKey {
    case surface, start, end, startDate, endDate, partialStart, partialEnd, precision, open, relative
    case resolvedAgainst, role
  }

  /// Absent optionals are written as null, so every date record has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(surface, forKey: .surface)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(startDate, forKey: .startDate)
    try container.encode(endDate, forKey: .endDate)
    try container.encode(partialStart, forKey: .partialStart)
    try container.encode(partialEnd, forKey: .partialEnd)
    try container.encode(precision, forKey: .precision)
    try container.encode(open, forKey: .open)
    try container.encode(relative, forKey: .relative)
    try container.encode(resolvedAgainst, forKey: .resolvedAgainst)
    try container.encode(role, forKey: .role)
  }
}
