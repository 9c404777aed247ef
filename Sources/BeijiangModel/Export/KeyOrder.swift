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
    permutation(of: pairs.map(\.0)).map { pairs[$0] }
  }

  /// The positions of `keys` in this order: `permutation(of: keys).map { keys[$0] }` is sorted.
  func permutation(of keys: [String]) -> [Int] {
    let ranked = keys.enumerated().map { (rank: rank[$1] ?? leading.count, position: $0, key: $1) }
    return ranked.sorted { first, second in
      if first.rank != second.rank { return first.rank < second.rank }
      if first.rank == leading.count, first.key != second.key { return first.key < second.key }
      return first.position < second.position
    }.map(\.position)
  }

  /// The value with its keys in this order, if it is an object; nested objects are left alone.
  public func arrange(_ value: JSONValue) -> JSONValue {
    guard case .object(let pairs) = value else { return value }
    return .object(arrange(pairs))
  }
}

/// Arranges a run of objects that share their keys, as mention lines of one kind do: the order is
/// worked out for the first object and reused while the next one has the same keys, instead of
/// sorting every line's keys again.
struct KeyArranger {
  let order: KeyOrder
  private var keys: [String] = []
  private var arranged = ArrangedKeys([], positions: [])

  init(_ order: KeyOrder) { self.order = order }

  /// The pairs' keys in the order's arrangement (see `KeyOrder.permutation(of:)`).
  mutating func keys(for pairs: [(String, JSONValue)]) -> ArrangedKeys {
    if pairs.count != keys.count || !zip(pairs, keys).allSatisfy({ $0.0 == $1 }) {
      keys = pairs.map(\.0)
      arranged = ArrangedKeys(keys, positions: order.permutation(of: keys))
    }
    return arranged
  }
}
