/// A data-file type built from its packed form by plain reads by key. Codable's synthesized
/// `init(from:)` made the runtime instantiate a `KeyedDecodingContainer` per type and look up each
/// element's conformance by scanning every conformance record: a quarter of a one-line `extract`
/// (docs/performance.md, session 7). These reads are ordinary specialized calls.
protocol PackedData {
  init(packed object: PackedObject) throws
}

/// What is wrong in a data file and where: the keys and indices from the root to the value.
/// The path is put together only while the error travels up, so reading a good file costs nothing.
struct PackedDataError: Error, CustomStringConvertible {
  var path: [String] = []
  let problem: String

  func inside(_ component: String) -> PackedDataError {
    PackedDataError(path: [component] + path, problem: problem)
  }

  var description: String {
    let location = path.reduce("") { $0.isEmpty || $1.hasPrefix("[") ? $0 + $1 : $0 + "." + $1 }
    return location.isEmpty ? problem : "\(location): \(problem)"
  }
}

/// One object of a packed data file, read with the rules `JSONDecoder` has for synthesized
/// `Decodable`: a missing key or a null is an error for a required field and nil for an optional
/// one; keys the type does not read are ignored.
struct PackedObject {
  private let pairs: [(key: ArraySlice<UInt8>, value: PackedValue)]

  init(_ value: PackedValue) throws {
    guard value.kind == .object else { throw value.mismatch("an object") }
    pairs = value.pairs()
  }

  /// The value of `key`, converted; the error of a bad value names the key.
  func read<T>(_ key: String, _ convert: (PackedValue) throws -> T) throws -> T {
    guard let value = find(key), value.kind != .null else {
      throw PackedDataError(path: [key], problem: "no value")
    }
    do { return try convert(value) } catch let error as PackedDataError { throw error.inside(key) }
  }

  /// The value of `key` converted, or nil when the key is missing or null.
  func readIfPresent<T>(_ key: String, _ convert: (PackedValue) throws -> T) throws -> T? {
    guard let value = find(key), value.kind != .null else { return nil }
    do { return try convert(value) } catch let error as PackedDataError { throw error.inside(key) }
  }

  func string(_ key: String) throws -> String { try read(key) { try $0.asString() } }
  func int(_ key: String) throws -> Int { try read(key) { try $0.asInt() } }
  func double(_ key: String) throws -> Double { try read(key) { try $0.asDouble() } }
  func strings(_ key: String) throws -> [String] { try read(key) { try $0.asArray { try $0.asString() } } }
  func ints(_ key: String) throws -> [Int] { try read(key) { try $0.asArray { try $0.asInt() } } }

  func object<T: PackedData>(_ key: String) throws -> T { try read(key) { try T(packed: PackedObject($0)) } }
  func objects<T: PackedData>(_ key: String) throws -> [T] {
    try read(key) { try $0.asArray { try T(packed: PackedObject($0)) } }
  }

  /// A string naming a case of `T` (its raw value), as Codable reads a `String` enum.
  func name<T: RawRepresentable>(_ key: String) throws -> T where T.RawValue == String {
    try read(key) { try $0.asName() }
  }

  func optionalString(_ key: String) throws -> String? { try readIfPresent(key) { try $0.asString() } }
  func optionalInt(_ key: String) throws -> Int? { try readIfPresent(key) { try $0.asInt() } }
  func optionalDouble(_ key: String) throws -> Double? { try readIfPresent(key) { try $0.asDouble() } }
  func optionalBool(_ key: String) throws -> Bool? { try readIfPresent(key) { try $0.asBool() } }
  func optionalStrings(_ key: String) throws -> [String]? {
    try readIfPresent(key) { try $0.asArray { try $0.asString() } }
  }
  func optionalInts(_ key: String) throws -> [Int]? {
    try readIfPresent(key) { try $0.asArray { try $0.asInt() } }
  }

  /// Byte comparison over buffers, lengths first: `elementsEqual` on a `String.UTF8View` walked
  /// the key one byte at a time through its iterator and was most of the cost of a read.
  private func find(_ key: String) -> PackedValue? {
    var key = key
    return key.withUTF8 { name in
      for pair in pairs where pair.key.count == name.count {
        let equal = pair.key.withUnsafeBufferPointer { bytes in
          (0..<name.count).allSatisfy { bytes[$0] == name[$0] }
        }
        if equal { return pair.value }
      }
      return nil
    }
  }
}

/// Conversions of one packed value, with the results `JSONDecoder` gives (`PackedDecoder` shares
/// the number rules).
extension PackedValue {
  func asString() throws -> String {
    guard kind == .string else { throw mismatch("a string") }
    return string
  }

  func asBool() throws -> Bool {
    switch kind {
    case .true: return true
    case .false: return false
    default: throw mismatch("true or false")
    }
  }

  func asInt() throws -> Int {
    do { return try decodeInteger(Int.self, { [] }) } catch { throw mismatch("an integer") }
  }

  func asDouble() throws -> Double {
    do { return try decodeFloat(Double.self, { [] }) } catch { throw mismatch("a number") }
  }

  func asName<T: RawRepresentable>() throws -> T where T.RawValue == String {
    let name = try asString()
    guard let value = T(rawValue: name) else {
      throw PackedDataError(problem: "\"\(name)\" is not one of the names \(T.self) allows")
    }
    return value
  }

  /// An array's elements in order; the error of a bad element names its index.
  func asArray<T>(_ element: (PackedValue) throws -> T) throws -> [T] {
    guard kind == .array else { throw mismatch("an array") }
    var result: [T] = []
    result.reserveCapacity(count)
    var position = firstChild
    for index in 0..<count {
      let value = PackedValue(bytes: bytes, offset: position)
      do { result.append(try element(value)) } catch let error as PackedDataError {
        throw error.inside("[\(index)]")
      }
      position = value.end
    }
    return result
  }

  /// An object as a dictionary of its values; a later duplicate key wins, as in `JSONDecoder`.
  func asDictionary<T>(_ element: (PackedValue) throws -> T) throws -> [String: T] {
    guard kind == .object else { throw mismatch("an object") }
    var result: [String: T] = [:]
    result.reserveCapacity(count)
    for pair in pairs() {
      let key = String(decoding: pair.key, as: UTF8.self)
      do { result[key] = try element(pair.value) } catch let error as PackedDataError {
        throw error.inside(key)
      }
    }
    return result
  }

  func mismatch(_ expected: String) -> PackedDataError {
    PackedDataError(problem: "expected \(expected), found \(kind)")
  }
}
