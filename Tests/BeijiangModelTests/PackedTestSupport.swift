@testable import BeijiangModel

/// A JSON value written in the packed layout (EmbedGenerator's `JSONPacker`), to feed the readers
/// documents with mistakes no bundled file has.
indirect enum TestPacked: Sendable {
  case null
  case number(String)
  case string(String)
  case array([TestPacked])
  case object([(String, TestPacked)])

  var bytes: [UInt8] {
    switch self {
    case .null: return [0]
    case .number(let text): return [3] + Self.counted(Array(text.utf8))
    case .string(let text): return [4] + Self.counted(Array(text.utf8))
    case .array(let values): return [5] + Self.container(values.map(\.bytes))
    case .object(let pairs):
      return [6] + Self.container(pairs.map { Self.counted(Array($0.0.utf8)) + $0.1.bytes })
    }
  }

  private static func uint32(_ value: Int) -> [UInt8] {
    (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) }
  }

  private static func counted(_ bytes: [UInt8]) -> [UInt8] { uint32(bytes.count) + bytes }

  private static func container(_ children: [[UInt8]]) -> [UInt8] {
    let body = children.flatMap { $0 }
    return uint32(body.count) + uint32(children.count) + body
  }
}

/// A value written out field by field, dictionaries in key order (two equal dictionaries iterate
/// in different orders), so two readings of a data file can be compared as text.
func canonical(_ value: Any) -> String {
  let mirror = Mirror(reflecting: value)
  let children = mirror.children.map { (label: $0.label, value: canonical($0.value)) }
  switch mirror.displayStyle {
  case .struct?, .class?, .tuple?:
    return "(" + children.map { "\($0.label ?? "_"): \($0.value)" }.joined(separator: ", ") + ")"
  case .collection?: return "[" + children.map(\.value).joined(separator: ", ") + "]"
  case .dictionary?, .set?: return "[" + children.map(\.value).sorted().joined(separator: ", ") + "]"
  case .optional?: return children.first.map { "some(\($0.value))" } ?? "nil"
  default: return String(reflecting: value)
  }
}
