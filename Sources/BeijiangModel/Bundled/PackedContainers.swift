/// An object's pairs, looked up by key. Objects in the data files have few keys, so a linear search
/// over the key bytes is cheaper than building a dictionary per object.
struct PackedKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let codingPath: [any CodingKey]
  private let pairs: [(key: ArraySlice<UInt8>, value: PackedValue)]

  init(object: PackedValue, codingPath: [any CodingKey]) {
    self.codingPath = codingPath
    pairs = object.pairs()
  }

  var allKeys: [Key] { pairs.compactMap { Key(stringValue: String(decoding: $0.key, as: UTF8.self)) } }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { try value(for: key).decodeNil() }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try value(for: key).decode(type, codingPath: codingPath + [key])
  }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let value = find(key), !value.decodeNil() else { return nil }
    return try value.decode(type, codingPath: codingPath + [key])
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    try decoder(for: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try decoder(for: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "no super"))
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try decoder(for: key) }

  private func decoder(for key: Key) throws -> PackedDecoder {
    PackedDecoder(value: try value(for: key), codingPath: codingPath + [key])
  }

  private func find(_ key: Key) -> PackedValue? {
    let name = key.stringValue.utf8
    return pairs.first { $0.key.elementsEqual(name) }?.value
  }

  private func value(for key: Key) throws -> PackedValue {
    guard let value = find(key) else {
      throw DecodingError.keyNotFound(
        key, .init(codingPath: codingPath, debugDescription: "no value for \(key.stringValue)"))
    }
    return value
  }
}

/// An array's elements, read in order.
struct PackedUnkeyedContainer: UnkeyedDecodingContainer {
  let codingPath: [any CodingKey]
  let count: Int?
  private(set) var currentIndex = 0
  private let bytes: PackedBytes
  private var position: Int

  init(array: PackedValue, codingPath: [any CodingKey]) {
    self.codingPath = codingPath
    count = array.count
    bytes = array.bytes
    position = array.firstChild
  }

  var isAtEnd: Bool { currentIndex >= count ?? 0 }

  mutating func decodeNil() throws -> Bool {
    let value = try current()
    guard value.decodeNil() else { return false }
    advance(past: value)
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
    let value = try current()
    let decoded = try value.decode(type, codingPath: codingPath + [IndexKey(intValue: currentIndex)])
    advance(past: value)
    return decoded
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
    -> KeyedDecodingContainer<NestedKey>
  {
    let value = try current()
    let container = try PackedDecoder(value: value, codingPath: codingPath).container(keyedBy: type)
    advance(past: value)
    return container
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let value = try current()
    let container = try PackedDecoder(value: value, codingPath: codingPath).unkeyedContainer()
    advance(past: value)
    return container
  }

  mutating func superDecoder() throws -> any Decoder {
    let value = try current()
    advance(past: value)
    return PackedDecoder(value: value, codingPath: codingPath)
  }

  private func current() throws -> PackedValue {
    guard !isAtEnd else {
      throw DecodingError.valueNotFound(
        Any.self, .init(codingPath: codingPath, debugDescription: "the array has no more elements"))
    }
    return PackedValue(bytes: bytes, offset: position)
  }

  private mutating func advance(past value: PackedValue) {
    position = value.end
    currentIndex += 1
  }
}

/// The coding key of an array element, for error paths.
struct IndexKey: CodingKey {
  let intValue: Int?
  var stringValue: String { "Index \(intValue ?? 0)" }
  init(intValue: Int) { self.intValue = intValue }
  init?(stringValue: String) { nil }
}
