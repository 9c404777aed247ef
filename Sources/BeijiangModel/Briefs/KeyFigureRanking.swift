/// Which figures speak for a project, best first. The rules (docs/briefs.md, "Key figures"):
/// 1. targets and plans before what is achieved;
/// 2. money first, then physical measures (area, power, length, mass, volume, energy), then
///    shares and percentages, then counts, then time spans (40多年, 连续3年: how long says less than
///    how much, so durations are weak key figures);
/// 3. within one class, the larger value first (compared in the dimension's base unit);
/// 4. then text order;
/// and only one figure per subject (the first, best-ranked, one), so a brief does not repeat 供热覆盖.
public enum KeyFigureRanking {
  static let classOrder: [String: Int] = [
    "money": 0, "area": 1, "power": 1, "length": 1, "mass": 1, "volume": 1, "energy": 1,
    "share": 2, "ratio": 2, "count": 3, "time": 4,
  ]

  /// The indices of `mentions` in ranked order, one per subject and one per figure, at most `limit`.
  public static func rank(_ mentions: [QuantityMention], limit: Int) -> [Int] {
    // The keys are read once per figure: the sort compares n log n pairs, and reading two mentions
    // there copied both and looked their dimensions up at every comparison.
    let keys = mentions.map(RankKey.init)
    let ordered = mentions.indices.filter { keys[$0].magnitude != nil }.sorted { keys[$0].precedes(keys[$1]) }
    var seen = Set<String>()
    var chosen: [Int] = []
    for index in ordered where chosen.count < limit {
      let key = mentions[index].subjectKey
      guard !chosen.contains(where: { isRetold(mentions[index], mentions[$0]) }) else { continue }
      if seen.insert(key).inserted { chosen.append(index) }
    }
    return chosen
  }

  /// Whether two mentions are one figure told twice (a headline's 生产总值24627亿元 and its body's
  /// 地区生产总值24627亿元): the same surface, one label inside the other, and a measure, not a
  /// count or a duration, which meet by chance in one story (走访12个口岸 and 12个口岸工会组织). Equal
  /// values with unrelated labels are two figures (储氢材料产能1万吨、催化材料产能1万吨).
  static func isRetold(_ a: QuantityMention, _ b: QuantityMention) -> Bool {
    guard a.surface == b.surface, a.dimension != "count", a.dimension != "time" else { return false }
    let (left, right) = (a.subjectKey, b.subjectKey)
    return left.contains(right) || right.contains(left)
  }
}

/// What the ranking compares of one figure, in the order of the rules above.
private struct RankKey {
  let isForwardLooking: Bool
  let classRank: Int
  let magnitude: Double?
  let start: Int

  init(_ mention: QuantityMention) {
    isForwardLooking = mention.role.isForwardLooking
    classRank = KeyFigureRanking.classOrder[mention.dimension ?? ""] ?? 5
    magnitude = mention.magnitude
    start = mention.start
  }

  func precedes(_ other: RankKey) -> Bool {
    // Achieved and current rank alike: only a target or plan goes first.
    if isForwardLooking != other.isForwardLooking { return isForwardLooking }
    if classRank != other.classRank { return classRank < other.classRank }
    if magnitude != other.magnitude { return (magnitude ?? 0) > (other.magnitude ?? 0) }
    return start < other.start
  }
}

extension QuantityMention {
  /// The size used for ranking: the base value, else the top of a range, in base units.
  public var magnitude: Double? {
    let raw = value ?? high ?? low
    guard let raw else { return nil }
    if let baseValue { return baseValue }
    return raw
  }

  /// What the figure is about, for "one figure per subject".
  public var subjectKey: String { subject ?? counted ?? surface }
}
