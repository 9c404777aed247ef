/// Takes a mention line's fields one at a time, already in their written order: `kind`, `surface`,
/// `start`, `end`, then the keys of `MentionLines.leadingKeys` a line has, then its other keys
/// alphabetically. Each record writes its own fields in that order (MentionLineFields.swift), so a
/// line is written straight into the output with no array of pairs to build, sort and free per
/// mention; the same calls build `JSONValue`s for the table and the tests.
protocol MentionLineSink {
  mutating func field(_ key: StaticString, _ value: String)
  mutating func field(_ key: StaticString, _ value: String?)
  mutating func field(_ key: StaticString, _ value: Int)
  mutating func field(_ key: StaticString, _ value: Double?)
  mutating func field(_ key: StaticString, _ value: Bool?)
  mutating func field(_ key: StaticString, _ value: [String])
  mutating func field(_ key: StaticString, _ value: JSONValue)
}

/// Writes each line as compact JSON, then the `extra` pairs as `JSONValue.merging` adds them: a field
/// whose key is among them is left out, and they come last.
struct JSONLineWriter: MentionLineSink {
  var writer: JSONTextWriter
  let extra: [(String, JSONValue)]
  private let extraKeys: [[UInt8]]
  /// No field of the current line is written yet: the next one opens the object.
  private var first = true

  init(reservingCapacity capacity: Int, merging extra: [(String, JSONValue)]) {
    writer = JSONTextWriter(reservingCapacity: capacity)
    self.extra = extra
    extraKeys = extra.map { Array($0.0.utf8) }
  }

  /// Closes the object with the `extra` pairs and ends the line.
  mutating func endLine() {
    for (key, value) in extra {
      openOrSeparate()
      writer.writeString(key)
      writer.bytes.append(UInt8(ascii: ":"))
      writer.write(value)
    }
    if first { writer.bytes.append(UInt8(ascii: "{")) }
    writer.bytes.append(UInt8(ascii: "}"))
    writer.writeNewline()
    first = true
  }

  private mutating func openOrSeparate() {
    writer.bytes.append(first ? UInt8(ascii: "{") : UInt8(ascii: ","))
    first = false
  }

  /// Writes `"key":` and says true, or says false when an extra pair replaces the field. Keys are
  /// plain ASCII names, so they are copied without escaping.
  private mutating func key(_ key: StaticString) -> Bool {
    if !extraKeys.isEmpty,
      key.withUTF8Buffer({ name in extraKeys.contains { $0.elementsEqual(name) } })
    {
      return false
    }
    openOrSeparate()
    writer.bytes.append(UInt8(ascii: "\""))
    key.withUTF8Buffer { writer.bytes.append(contentsOf: $0) }
    writer.bytes.append(UInt8(ascii: "\""))
    writer.bytes.append(UInt8(ascii: ":"))
    return true
  }

  private mutating func null() { writer.bytes.append(contentsOf: "null".utf8) }

  mutating func field(_ key: StaticString, _ value: String) {
    if self.key(key) { writer.writeString(value) }
  }

  mutating func field(_ key: StaticString, _ value: String?) {
    guard self.key(key) else { return }
    if let value { writer.writeString(value) } else { null() }
  }

  mutating func field(_ key: StaticString, _ value: Int) {
    if self.key(key) { writer.writeNumber(Double(value)) }
  }

  mutating func field(_ key: StaticString, _ value: Double?) {
    guard self.key(key) else { return }
    if let value { writer.writeNumber(value) } else { null() }
  }

  mutating func field(_ key: StaticString, _ value: Bool?) {
    guard self.key(key) else { return }
    if let value { writer.bytes.append(contentsOf: (value ? "true" : "false").utf8) } else { null() }
  }

  mutating func field(_ key: StaticString, _ value: [String]) {
    guard self.key(key) else { return }
    writer.bytes.append(UInt8(ascii: "["))
    for (index, text) in value.enumerated() {
      if index > 0 { writer.bytes.append(UInt8(ascii: ",")) }
      writer.writeString(text)
    }
    writer.bytes.append(UInt8(ascii: "]"))
  }

  mutating func field(_ key: StaticString, _ value: JSONValue) {
    if self.key(key) { writer.write(value) }
  }
}

/// Collects a line's fields as pairs, for `MentionLines.lines(for:)`.
struct JSONPairCollector: MentionLineSink {
  var pairs: [(String, JSONValue)] = []

  mutating func field(_ key: StaticString, _ value: String) {
    pairs.append((key.description, .string(value)))
  }
  mutating func field(_ key: StaticString, _ value: String?) {
    pairs.append((key.description, .optional(value)))
  }
  mutating func field(_ key: StaticString, _ value: Int) { pairs.append((key.description, .integer(value))) }
  mutating func field(_ key: StaticString, _ value: Double?) {
    pairs.append((key.description, .optional(value)))
  }
  mutating func field(_ key: StaticString, _ value: Bool?) {
    pairs.append((key.description, value.map(JSONValue.bool) ?? .null))
  }
  mutating func field(_ key: StaticString, _ value: [String]) {
    pairs.append((key.description, .strings(value)))
  }
  mutating func field(_ key: StaticString, _ value: JSONValue) { pairs.append((key.description, value)) }
}
