/// A figure found in a text: a number with its unit, or a share (percentage, fraction, 成, 倍).
/// Offsets count Unicode scalars of the text given to the extractor; `end` is exclusive.
public struct QuantityMention: Codable, Equatable, Sendable {
  public enum Kind: String, Codable, Sendable { case quantity, percentage }

  public enum Qualifier: String, Codable, Sendable {
    case atLeast = "at-least"
    case atMost = "at-most"
    case about
    case emphasis
  }

  public enum Role: String, Codable, Sendable {
    /// A goal or forecast (将达到, 目标, 力争, 预计, 到2027年 ...).
    case target
    /// What is planned or proposed to be done (计划投资, 规划建设, 拟新建 ...): forward-looking like
    /// a target, but an intention rather than a level to reach.
    case plan
    /// Reported as done or reached (完成, 实现, 累计, 已, 新增, 同比增长 ...).
    case achieved
    /// A standing fact or descriptive count (服务热用户21.72万户, 口岸20个): the default.
    case current

    /// A target or a plan: what is still to come, not what is reported as done.
    public var isForwardLooking: Bool { self == .target || self == .plan }
  }

  /// Which way a change figure goes (同比增长6.3% increase, 下降2个百分点 decrease).
  public enum ChangeDirection: String, Codable, Sendable {
    case increase
    case decrease
  }

  /// What a change figure's number is: the change itself (增长6.3%, 增加1200人, 翻一番) or the level
  /// reached after it (提高至88%, 下降到3%).
  public enum ChangeKind: String, Codable, Sendable {
    case amount
    case level
  }

  public var kind: Kind
  public var surface: String
  public var start: Int
  public var end: Int
  /// The value with magnitudes folded in (300万亩 → 3000000); nil for a range. For shares, the
  /// fraction (40% → 0.4, 九成 → 0.9); for 倍, the multiple.
  public var value: Double?
  public var low: Double?
  public var high: Double?
  /// The unit as the lexicon names it (亩, 元, 千瓦, %, 个); nil for a bare number or a fraction.
  public var unit: String?
  /// money, area, length, power, energy, mass, volume, time, count, share, ratio.
  public var dimension: String?
  /// `value` (or `high` for a range) in the dimension's base unit, so one dimension compares.
  public var baseValue: Double?
  public var baseUnit: String?
  public var qualifier: Qualifier?
  public var role: Role
  /// A short noun phrase saying what is measured (供热面积, 造林).
  public var subject: String?
  /// The noun a counter counts (85名北疆工匠 → 北疆工匠).
  public var counted: String?
  /// ISO 4217 code for money (元 CNY, 美元 USD, 图格里克 MNT); nil for other dimensions.
  public var currency: String?
  /// For a range or bounds, whether each end is included (大于20 excludes 20, 小于等于35 includes
  /// 35); nil without a range.
  public var lowInclusive: Bool?
  public var highInclusive: Bool?
  /// For a change figure, its direction, whether the number is the change or the new level, the
  /// comparison it is made against (year-on-year for 同比, period-on-period for 环比) and what
  /// changed (规模以上工业增加值同比增长6.3% → 规模以上工业增加值); all nil for a level.
  public var change: ChangeDirection?
  public var changeKind: ChangeKind?
  public var changeBasis: String?
  public var changed: String?

  public init(
    kind: Kind, surface: String, start: Int, end: Int, value: Double?, low: Double? = nil,
    high: Double? = nil, unit: String? = nil, dimension: String? = nil, baseValue: Double? = nil,
    baseUnit: String? = nil, qualifier: Qualifier? = nil, role: Role = .current, subject: String? = nil,
    counted: String? = nil, currency: String? = nil, lowInclusive: Bool? = nil, highInclusive: Bool? = nil,
    change: ChangeDirection? = nil, changeKind: ChangeKind? = nil, changeBasis: String? = nil,
    changed: String? = nil
  ) {
    self.kind = kind
    self.surface = surface
    self.start = start
    self.end = end
    self.value = value
    self.low = low
    self.high = high
    self.unit = unit
    self.dimension = dimension
    self.baseValue = baseValue
    self.baseUnit = baseUnit
    self.qualifier = qualifier
    self.role = role
    self.subject = subject
    self.counted = counted
    self.currency = currency
    self.lowInclusive = lowInclusive
    self.highInclusive = highInclusive
    self.change = change
    self.changeKind = changeKind
    self.changeBasis = changeBasis
    self.changed = changed
  }

  private enum CodingKeys: String, CodingKey {
    case kind, surface, start, end, value, low, high, unit, dimension, baseValue, baseUnit, qualifier
    case role, subject, counted, currency, lowInclusive, highInclusive, change, changeKind, changeBasis
    case changed
  }

  /// Absent fields are written as null so every object has the same keys.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(surface, forKey: .surface)
    try container.encode(start, forKey: .start)
    try container.encode(end, forKey: .end)
    try container.encode(value, forKey: .value)
    try container.encode(low, forKey: .low)
    try container.encode(high, forKey: .high)
    try container.encode(unit, forKey: .unit)
    try container.encode(dimension, forKey: .dimension)
    try container.encode(baseValue, forKey: .baseValue)
    try container.encode(baseUnit, forKey: .baseUnit)
    try container.encode(qualifier, forKey: .qualifier)
    try container.encode(role, forKey: .role)
    try container.encode(subject, forKey: .subject)
    try container.encode(counted, forKey: .counted)
    try container.encode(currency, forKey: .currency)
    try container.encode(lowInclusive, forKey: .lowInclusive)
    try container.encode(highInclusive, forKey: .highInclusive)
    try container.encode(change, forKey: .change)
    try container.encode(changeKind, forKey: .changeKind)
    try container.encode(changeBasis, forKey: .changeBasis)
    try container.encode(changed, forKey: .changed)
  }
}
