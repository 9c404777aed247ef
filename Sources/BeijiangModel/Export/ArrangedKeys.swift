/// An object's keys in the order they are written, each already in its JSON form with its colon
/// (`"kind":`). Mention lines of one kind share their keys, so `KeyArranger` makes this once per
/// run of lines instead of escaping every key again on every line.
public struct ArrangedKeys: Sendable {
  /// For each key in written order, its position in the object's pairs.
  public let positions: [Int]
  /// The JSON form of each key, in written order.
  let quoted: [[UInt8]]
  /// Whether a key comes more than once.
  public let repeatKeys: Bool

  /// `keys` are the object's keys in the order of its pairs; `positions` the order to write them in.
  public init(_ keys: [String], positions: [Int]) {
    self.positions = positions
    repeatKeys = Set(keys).count < keys.count
    quoted = positions.map { position in
      var writer = JSONTextWriter()
      writer.writeString(keys[position])
      return writer.bytes + [UInt8(ascii: ":")]
    }
  }
}
