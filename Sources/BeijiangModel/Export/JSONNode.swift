import Foundation

/// One value being encoded by `ModelJSONEncoder`: what an `encode(to:)` call filled in, kept until
/// it is written out. Objects keep their pairs in the order they were encoded (a key encoded again
/// replaces its value, as in `JSONEncoder`) and are written with their keys sorted by UTF-8 bytes.
final class JSONNode {
  enum Content {
    case nothing
    case scalar([UInt8])
    case object(keys: [String], values: [JSONSlot])
    case array([JSONSlot])
  }

  var content: Content = .nothing

  func setScalar(_ bytes: [UInt8]) { content = .scalar(bytes) }

  func makeObject() {
    if case .object = content { return }
    content = .object(keys: [], values: [])
  }

  func makeArray() {
    if case .array = content { return }
    content = .array([])
  }

  func set(_ slot: JSONSlot, forKey key: String) {
    guard case .object(var keys, var values) = content else { return }
    content = .nothing
    if let index = keys.firstIndex(of: key) {
      values[index] = slot
    } else {
      keys.append(key)
      values.append(slot)
    }
    content = .object(keys: keys, values: values)
  }

  func append(_ slot: JSONSlot) {
    guard case .array(var items) = content else { return }
    content = .nothing
    items.append(slot)
    content = .array(items)
  }

  var count: Int {
    switch content {
    case .nothing, .scalar: 0
    case .object(let keys, _): keys.count
    case .array(let items): items.count
    }
  }
}

/// A written value, or a container that is still being filled (a nested container, written when
/// its parent is).
enum JSONSlot {
  case bytes([UInt8])
  case node(JSONNode)
}

/// Writes nodes as JSONEncoder does: pretty (two spaces a level, `"key" : value`, an empty
/// container as an empty line between its brackets) or compact.
struct JSONLayout {
  let pretty: Bool
  /// Shared by the copies of one layout: the key orders of one encoding's objects.
  let keyOrders = SortedKeyOrders()

  func write(_ slot: JSONSlot, depth: Int, to out: inout [UInt8]) {
    switch slot {
    case .bytes(let bytes): out += bytes
    case .node(let node): write(node, depth: depth, to: &out)
    }
  }

  func write(_ node: JSONNode, depth: Int, to out: inout [UInt8]) {
    switch node.content {
    case .nothing: writeEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth, to: &out)
    case .scalar(let bytes): out += bytes
    case .object(let keys, let values):
      guard !keys.isEmpty else {
        return writeEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth, to: &out)
      }
      out.append(UInt8(ascii: "{"))
      for (number, index) in keyOrders.positions(of: keys).enumerated() {
        openItem(first: number == 0, depth: depth + 1, to: &out)
        JSONBytes.appendString(keys[index], to: &out)
        if pretty { JSONBytes.appendASCII(" : ", to: &out) } else { out.append(UInt8(ascii: ":")) }
        write(values[index], depth: depth + 1, to: &out)
      }
      close(UInt8(ascii: "}"), depth: depth, to: &out)
    case .array(let items):
      guard !items.isEmpty else {
        return writeEmpty(open: UInt8(ascii: "["), close: UInt8(ascii: "]"), depth: depth, to: &out)
      }
      out.append(UInt8(ascii: "["))
      for (number, item) in items.enumerated() {
        openItem(first: number == 0, depth: depth + 1, to: &out)
        write(item, depth: depth + 1, to: &out)
      }
      close(UInt8(ascii: "]"), depth: depth, to: &out)
    }
  }

  /// The separator and indentation before an item of an object or array.
  func openItem(first: Bool, depth: Int, to out: inout [UInt8]) {
    if !first { out.append(UInt8(ascii: ",")) }
    guard pretty else { return }
    out.append(UInt8(ascii: "\n"))
    JSONBytes.appendIndent(depth, to: &out)
  }

  func close(_ bracket: UInt8, depth: Int, to out: inout [UInt8]) {
    if pretty {
      out.append(UInt8(ascii: "\n"))
      JSONBytes.appendIndent(depth, to: &out)
    }
    out.append(bracket)
  }

  func writeEmpty(open: UInt8, close bracket: UInt8, depth: Int, to out: inout [UInt8]) {
    out.append(open)
    if pretty { out.append(UInt8(ascii: "\n")) }
    close(bracket, depth: depth, to: &out)
  }

  /// Positions of `keys` in UTF-8 byte order, the order `.sortedKeys` gives. Objects have a few
  /// keys, so an insertion sort.
  static func sortedPositions(_ keys: [String]) -> [Int] {
    var positions = Array(keys.indices)
    for next in 1..<max(1, positions.count) {
      var place = next
      while place > 0, precedes(keys[positions[next]], keys[positions[place - 1]]) { place -= 1 }
      if place != next { positions.insert(positions.remove(at: next), at: place) }
    }
    return positions
  }

  /// UTF-8 byte order, compared as memory (keys are short and nearly always ASCII).
  private static func precedes(_ first: String, _ second: String) -> Bool {
    var (first, second) = (first, second)
    return first.withUTF8 { left in
      second.withUTF8 { right in
        let common = min(left.count, right.count)
        let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
        return order != 0 ? order < 0 : left.count < right.count
      }
    }
  }
}
