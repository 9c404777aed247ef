/// The order of an object's keys: the `leading` keys first, in their given order, then every other
/// key in alphabetical order. Ranks are looked up once per key, not once per comparison, because
/// every mention line is arranged this way.
public struct KeyOrder: Sendable {
  public let leading: [String]
  private let rank: [String: Int]

  public init(leading: [String]) {
    self.leading = leading
    rank = Dictionary(leading.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
  }

  /// The pairs in this order. Pairs with equal keys keep their relative order.
  public func arrange(_ pairs: [(String, JSONValue)]) -> [(String, JSONValue)] {
    let ranked = pairs.enumerated().map { (rank: rank[$1.0] ?? leading.count, position: $0, pair: $1) }
    return ranked.sorted { first, second in
      if first.rank != second.rank { return first.rank < second.rank }
      if first.rank == leading.count, first.pair.0 != second.pair.0 { return first.pair.0 < second.pair.0 }
      return first.position < second.position
    }.map(\.pair)
  }

  /// The value with its keys in this order, if it is an object; nested objects are left alone.
  public func arrange(_ value: JSONValue) -> JSONValue {
    guard case .object(let pairs) = value else { return value }
    return .object(arrange(pairs))
  }
}
