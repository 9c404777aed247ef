/// One value of a packed JSON document (the layout is described in EmbedGenerator's `JSONPacker`):
/// the bytes it sits in and the offset of its tag. Reading a value never parses text: strings and
/// numbers carry their length, containers their size and count.
struct PackedValue {
  enum Kind: UInt8 {
    case null = 0
    case `false` = 1
    case `true` = 2
    case number = 3
    case string = 4
    case array = 5
    case object = 6
  }

  let bytes: PackedBytes
  let offset: Int

  var kind: Kind { Kind(rawValue: bytes.storage[offset]) ?? .null }

  /// The bytes of a string or the text of a number.
  var payload: ArraySlice<UInt8> {
    let length = bytes.uint32(at: offset + 1)
    return bytes.storage[offset + 5..<offset + 5 + length]
  }

  var string: String { String(decoding: payload, as: UTF8.self) }

  /// The number of elements (array) or pairs (object).
  var count: Int { bytes.uint32(at: offset + 5) }

  /// The offset just after this value.
  var end: Int {
    switch kind {
    case .null, .false, .true: offset + 1
    case .number, .string: offset + 5 + bytes.uint32(at: offset + 1)
    case .array, .object: offset + 9 + bytes.uint32(at: offset + 1)
    }
  }

  /// The offset of the first element or pair.
  var firstChild: Int { offset + 9 }

  /// An object's pairs in file order, each as its key's bytes and its value.
  func pairs() -> [(key: ArraySlice<UInt8>, value: PackedValue)] {
    var result: [(key: ArraySlice<UInt8>, value: PackedValue)] = []
    result.reserveCapacity(count)
    var position = firstChild
    for _ in 0..<count {
      let length = bytes.uint32(at: position)
      let key = bytes.storage[position + 4..<position + 4 + length]
      let value = PackedValue(bytes: bytes, offset: position + 4 + length)
      result.append((key, value))
      position = value.end
    }
    return result
  }
}

/// The bytes of one packed document, shared by every value read from it.
final class PackedBytes: Sendable {
  let storage: [UInt8]

  init(_ storage: [UInt8]) {
    self.storage = storage
  }

  var root: PackedValue { PackedValue(bytes: self, offset: 0) }

  func uint32(at index: Int) -> Int {
    Int(storage[index]) | Int(storage[index + 1]) << 8 | Int(storage[index + 2]) << 16
      | Int(storage[index + 3]) << 24
  }
}
