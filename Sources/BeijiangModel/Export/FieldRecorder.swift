/// An encoder that only notes the fields a value encodes at its top level, unencoded, so
/// `ModelJSONEncoder` can write them in key order one at a time. A value that encodes anything
/// but one keyed container of `encode(_:forKey:)` calls leaves `fields` nil and is encoded whole.
final class FieldRecorder: Encoder {
  private(set) var fields: [(key: String, value: any Encodable)]? = []
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func record(_ value: any Encodable, forKey key: String) {
    guard fields != nil else { return }
    if let index = fields!.firstIndex(where: { $0.key == key }) {
      fields![index].value = value
    } else {
      fields!.append((key, value))
    }
  }

  func giveUp() { fields = nil }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    KeyedEncodingContainer(RecordingContainer<Key>(recorder: self))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    giveUp()
    return NodeEncoder(node: JSONNode()).unkeyedContainer()
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    giveUp()
    return NodeEncoder(node: JSONNode()).singleValueContainer()
  }
}

private struct RecordingContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let recorder: FieldRecorder
  var codingPath: [any CodingKey] { [] }

  mutating func encodeNil(forKey key: Key) throws {
    recorder.record(Optional<Int>.none, forKey: key.stringValue)
  }
  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    recorder.record(value, forKey: key.stringValue)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
    -> KeyedEncodingContainer<NestedKey>
  {
    recorder.giveUp()
    return NodeEncoder(node: JSONNode()).container(keyedBy: keyType)
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    recorder.giveUp()
    return NodeEncoder(node: JSONNode()).unkeyedContainer()
  }

  mutating func superEncoder() -> any Encoder {
    recorder.giveUp()
    return NodeEncoder(node: JSONNode())
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder { superEncoder() }
}
