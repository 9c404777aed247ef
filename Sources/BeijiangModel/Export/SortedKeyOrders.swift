/// The sorted order of the key lists `JSONLayout` has written, remembered for the next object
/// with the same keys.
///
/// Every object of one model type (each of a long article's metrics, mentions, sentences) is
/// encoded with the same keys in the same order, and sorting them by UTF-8 bytes again for each
/// object, a `memcmp` per comparison, showed as 3% of `export --format json` on distinct20
/// (docs/performance.md, session 8). Comparing a key list with a remembered one is a few equality
/// checks of short literal strings. Only a handful of lists are kept, the most recent first.
final class SortedKeyOrders {
  private static let capacity = 8
  private var remembered: [(keys: [String], positions: [Int])] = []

  /// The positions of `keys` in UTF-8 byte order (`JSONLayout.sortedPositions`).
  func positions(of keys: [String]) -> [Int] {
    if let index = remembered.firstIndex(where: { $0.keys == keys }) {
      let positions = remembered[index].positions
      if index > 0 { remembered.insert(remembered.remove(at: index), at: 0) }
      return positions
    }
    let positions = JSONLayout.sortedPositions(keys)
    remembered.insert((keys, positions), at: 0)
    if remembered.count > Self.capacity { remembered.removeLast() }
    return positions
  }
}
