/// Decodes a `Decodable` type from a packed JSON document (`PackedValue`) with the results
/// `JSONDecoder` gives on the JSON text: missing keys and nulls are nil for optionals, numbers
/// are converted from their text as written, dictionaries keep their string keys.
struct PackedDecoder: Decoder {
  let value: PackedValue
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    try T(from: PackedDecoder(value: PackedBytes(bytes).root, codingPath: []))
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    try expect(.object)
    return KeyedDecodingContainer(PackedKeyedContainer<Key>(object: value, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try expect(.array)
    return PackedUnkeyedContainer(array: value, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer {
    PackedSingleValue(value: value, codingPath: codingPath)
  }

  private func expect(_ kind: PackedValue.Kind) throws {
    guard value.kind == kind else {
      throw DecodingError.typeMismatch(
        Any.self, .init(codingPath: codingPath, debugDescription: "expected \(kind), found \(value.kind)"))
    }
  }
}

/// Converting one packed value to the standard types, shared by the three containers.
extension PackedValue {
  func decodeNil() -> Bool { kind == .null }

  /// The path is made only on an error or for a nested type: most values are strings in arrays.
  func decode<T: Decodable>(_ type: T.Type, codingPath path: @autoclosure () -> [any CodingKey])
    throws -> T
  {
    switch type {
    case is String.Type: return try decodeString(path) as! T
    case is Bool.Type: return try decodeBool(path) as! T
    case is Double.Type: return try decodeFloat(Double.self, path) as! T
    case is Float.Type: return try decodeFloat(Float.self, path) as! T
    case is Int.Type: return try decodeInteger(Int.self, path) as! T
    case is Int64.Type: return try decodeInteger(Int64.self, path) as! T
    case is Int32.Type: return try decodeInteger(Int32.self, path) as! T
    case is UInt.Type: return try decodeInteger(UInt.self, path) as! T
    case is UInt32.Type: return try decodeInteger(UInt32.self, path) as! T
    case is UInt8.Type: return try decodeInteger(UInt8.self, path) as! T
    default: return try T(from: PackedDecoder(value: self, codingPath: path()))
    }
  }

  func decodeString(_ path: () -> [any CodingKey]) throws -> String {
    guard kind == .string else { throw mismatch(String.self, path()) }
    return string
  }

  func decodeBool(_ path: () -> [any CodingKey]) throws -> Bool {
    switch kind {
    case .true: return true
    case .false: return false
    default: throw mismatch(Bool.self, path())
    }
  }

  func decodeFloat<T: LosslessStringConvertible>(_ type: T.Type, _ path: () -> [any CodingKey]) throws
    -> T
  {
    guard kind == .number, let number = T(string) else { throw mismatch(T.self, path()) }
    return number
  }

  /// An integer written as one (12) or as a float with no fraction (12.0, 1.2e1), as JSONDecoder
  /// accepts.
  func decodeInteger<T: FixedWidthInteger>(_ type: T.Type, _ path: () -> [any CodingKey]) throws
    -> T
  {
    guard kind == .number else { throw mismatch(T.self, path()) }
    let text = string
    if let number = T(text) { return number }
    if let real = Double(text), let number = T(exactly: real) { return number }
    throw mismatch(T.self, path())
  }

  func mismatch(_ type: Any.Type, _ codingPath: [any CodingKey]) -> DecodingError {
    .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "found \(kind)"))
  }
}

struct PackedSingleValue: SingleValueDecodingContainer {
  let value: PackedValue
  let codingPath: [any CodingKey]

  func decodeNil() -> Bool { value.decodeNil() }
  func decode<T: Decodable>(_ type: T.Type) throws -> T {
    try value.decode(type, codingPath: codingPath)
  }
}
