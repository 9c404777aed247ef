/// The `Encoder` behind `ModelJSONEncoder`: each `encode(to:)` call fills one `JSONNode`;
/// strings, numbers, booleans and nil become their JSON text at once.
final class NodeEncoder: Encoder {
  let node: JSONNode
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  init(node: JSONNode) { self.node = node }

  /// The JSON of a value: its text for a scalar, else the node its `encode(to:)` filled.
  static func slot<T: Encodable>(of value: T) throws -> JSONSlot {
    if let bytes = try scalarBytes(value) { return .bytes(bytes) }
    let encoder = NodeEncoder(node: JSONNode())
    try value.encode(to: encoder)
    if case .scalar(let bytes) = encoder.node.content { return .bytes(bytes) }
    return .node(encoder.node)
  }

  /// The text of the scalar types the model holds, without an encoder for each.
  ///
  /// Told apart by comparing metatypes, not by `as` casts: a dynamic cast per value was 1% of
  /// `export --format json` on distinct20 (docs/performance.md, session 8). A type this misses (a
  /// string inside an existential) still goes through its `encode(to:)`, which writes the same text.
  static func scalarBytes<T: Encodable>(_ value: T) throws -> [UInt8]? {
    var out: [UInt8] = []
    if T.self == String.self {
      JSONBytes.appendString(unsafeBitCast(value, to: String.self), to: &out)
    } else if T.self == Int.self {
      JSONBytes.appendInteger(unsafeBitCast(value, to: Int.self), to: &out)
    } else if T.self == Double.self {
      try JSONBytes.appendDouble(unsafeBitCast(value, to: Double.self), to: &out)
    } else if T.self == Bool.self {
      JSONBytes.appendASCII(unsafeBitCast(value, to: Bool.self) ? "true" : "false", to: &out)
    } else {
      return nil
    }
    return out
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.makeObject()
    return KeyedEncodingContainer(NodeKeyedContainer<Key>(node: node))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.makeArray()
    return NodeUnkeyedContainer(node: node)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer { NodeSingleContainer(node: node) }
}

private struct NodeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: JSONNode
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws {
    node.set(.bytes(Array("null".utf8)), forKey: key.stringValue)
  }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    node.set(try NodeEncoder.slot(of: value), forKey: key.stringValue)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = NodeEncoder(node: JSONNode())
    node.set(.node(child.node), forKey: key.stringValue)
    return child.container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = NodeEncoder(node: JSONNode())
    node.set(.node(child.node), forKey: key.stringValue)
    return child.unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder { superEncoder(named: "super") }
  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder(named: key.stringValue) }

  private func superEncoder(named name: String) -> any Encoder {
    let child = NodeEncoder(node: JSONNode())
    node.set(.node(child.node), forKey: name)
    return child
  }
}

private struct NodeUnkeyedContainer: UnkeyedEncodingContainer {
  let node: JSONNode
  var codingPath: [any CodingKey] { [] }
  var count: Int { node.count }

  mutating func encodeNil() throws { node.append(.bytes(Array("null".utf8))) }
  mutating func encode<T: Encodable>(_ value: T) throws { node.append(try NodeEncoder.slot(of: value)) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
    -> KeyedEncodingContainer<NestedKey>
  {
    let child = NodeEncoder(node: JSONNode())
    node.append(.node(child.node))
    return child.container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = NodeEncoder(node: JSONNode())
    node.append(.node(child.node))
    return child.unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    let child = NodeEncoder(node: JSONNode())
    node.append(.node(child.node))
    return child
  }
}

private struct NodeSingleContainer: SingleValueEncodingContainer {
  let node: JSONNode
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil() throws { node.setScalar(Array("null".utf8)) }

  mutating func encode<T: Encodable>(_ value: T) throws {
    switch try NodeEncoder.slot(of: value) {
    case .bytes(let bytes): node.setScalar(bytes)
    case .node(let child): node.content = child.content
    }
  }
}
