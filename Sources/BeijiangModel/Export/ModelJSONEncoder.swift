/// Writes `Encodable` values as the very bytes of Foundation's `JSONEncoder` with
/// `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (or `[.sortedKeys,
/// .withoutEscapingSlashes]` when not pretty), straight into UTF-8 bytes.
///
/// `JSONEncoder` first builds a tree of boxed values for the whole model and only then writes it,
/// which made it the largest cost and the peak memory of `export` (docs/performance.md). Here
/// strings, numbers and booleans become their JSON text as they are encoded, and
/// `write(_:depth:flushingEvery:to:)` hands an object's arrays to the sink an element at a time,
/// so a long article's model is never all in memory as JSON.
public struct ModelJSONEncoder {
  public var pretty: Bool

  public init(pretty: Bool = true) { self.pretty = pretty }

  /// The JSON of `value`, whose first line is indented `depth` levels deep when `pretty`.
  public func encode(_ value: some Encodable, depth: Int = 0) throws -> [UInt8] {
    var out: [UInt8] = []
    try write(value, depth: depth, flushingEvery: .max) { out += $0 }
    return out
  }

  /// Hands `sink` the JSON of `value` in pieces of about `chunkSize` bytes. An object's fields are
  /// written in key order, and each array field an element at a time.
  public func write(
    _ value: some Encodable, depth: Int = 0, flushingEvery chunkSize: Int = 1 << 20,
    to sink: ([UInt8]) throws -> Void
  ) throws {
    let layout = JSONLayout(pretty: pretty)
    let recorder = FieldRecorder()
    try value.encode(to: recorder)
    guard let fields = recorder.fields else {
      var out: [UInt8] = []
      layout.write(try slot(of: value), depth: depth, to: &out)
      return try sink(out)
    }
    var out: [UInt8] = [UInt8(ascii: "{")]
    for (number, index) in JSONLayout.sortedPositions(fields.map(\.key)).enumerated() {
      layout.openItem(first: number == 0, depth: depth + 1, to: &out)
      JSONBytes.appendString(fields[index].key, to: &out)
      if pretty { JSONBytes.appendASCII(" : ", to: &out) } else { out.append(UInt8(ascii: ":")) }
      try writeField(fields[index].value, depth: depth + 1, layout: layout, to: &out) { pending in
        if pending.count >= chunkSize {
          try sink(pending)
          pending.removeAll(keepingCapacity: true)
        }
      }
    }
    if fields.isEmpty {
      out.removeAll()
      layout.writeEmpty(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), depth: depth, to: &out)
    } else {
      layout.close(UInt8(ascii: "}"), depth: depth, to: &out)
    }
    try sink(out)
  }

  private func writeField(
    _ value: any Encodable, depth: Int, layout: JSONLayout, to out: inout [UInt8],
    flush: (inout [UInt8]) throws -> Void
  ) throws {
    guard let array = value as? any EncodableElements, array.elementCount > 0 else {
      return layout.write(try slot(of: value), depth: depth, to: &out)
    }
    out.append(UInt8(ascii: "["))
    var first = true
    try array.forEachElement { element in
      layout.openItem(first: first, depth: depth + 1, to: &out)
      first = false
      layout.write(try slot(of: element), depth: depth + 1, to: &out)
      try flush(&out)
    }
    layout.close(UInt8(ascii: "]"), depth: depth, to: &out)
  }

  private func slot(of value: some Encodable) throws -> JSONSlot {
    try NodeEncoder.slot(of: value)
  }
}

/// Arrays whose elements can be written one at a time.
protocol EncodableElements {
  var elementCount: Int { get }
  func forEachElement(_ body: (any Encodable) throws -> Void) rethrows
}

extension Array: EncodableElements where Element: Encodable {
  var elementCount: Int { count }

  func forEachElement(_ body: (any Encodable) throws -> Void) rethrows {
    for element in self { try body(element) }
  }
}
