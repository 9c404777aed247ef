import Foundation

/// `ModelExport`'s JSON written one document at a time: the same bytes as `ModelExport.json()` for
/// the same documents, so `export` holds one article in memory at a time however many it reads.
///
/// Pretty JSON with sorted keys puts `documents` first, so the opening, each document (indented to
/// its depth) and the closing (`projects`, `schemaVersion`) can be written in turn.
public struct ModelJSONStream {
  private var documentsWritten = 0

  public init() {}

  /// The bytes for one more document: the opening before the first, a separator before the others.
  public mutating func write(_ document: Document) throws -> Data {
    var out = Data()
    try write(document) { out.append(contentsOf: $0) }
    return out
  }

  /// `write(_:)`'s bytes handed to `sink` in pieces (`ModelJSONEncoder.write`), so a long
  /// article's JSON is written out as it is made.
  public mutating func write(_ document: Document, to sink: ([UInt8]) throws -> Void) throws {
    try sink(Array((documentsWritten == 0 ? "{\n  \"documents\" : [\n    " : ",\n    ").utf8))
    try ModelJSONEncoder().write(ModelExport.DocumentEntry(document), depth: 2, to: sink)
    documentsWritten += 1
  }

  /// The bytes after the last document (at least one must have been written).
  public func closing(catalog: ProjectCatalog = .bundled) throws -> Data {
    let projects = try ModelExport.prettyEncoder.encode(ModelExport.projectEntries(catalog))
    var out = Data("\n  ],\n  \"projects\" : ".utf8)
    out.append(Self.indented(projects, by: 2, fromFirstLine: false))
    out.append(Data(",\n  \"schemaVersion\" : \(ModelExport.schemaVersion)\n}".utf8))
    return out
  }

  /// One article as one line of compact JSON with sorted keys (`export --format jsonl`).
  public static func line(_ document: Document) throws -> Data {
    var out = Data()
    try line(document) { out.append(contentsOf: $0) }
    return out
  }

  /// `line(_:)`'s bytes handed to `sink` in pieces.
  public static func line(_ document: Document, to sink: ([UInt8]) throws -> Void) throws {
    try ModelJSONEncoder(pretty: false).write(ModelExport.DocumentEntry(document), to: sink)
    try sink([UInt8(ascii: "\n")])
  }

  /// `json` with every line but (optionally) the first moved right by `spaces`; empty lines (an
  /// empty array's) stay empty, as the encoder writes them. Pretty JSON escapes newlines inside
  /// strings, so every newline byte is a line break.
  static func indented(_ json: Data, by spaces: Int, fromFirstLine: Bool) -> Data {
    let pad = [UInt8](repeating: UInt8(ascii: " "), count: spaces)
    let newline = UInt8(ascii: "\n")
    var out: [UInt8] = []
    out.reserveCapacity(json.count + json.count / 4)
    json.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
      var atLineStart = fromFirstLine
      var lineStart = 0
      for index in 0...bytes.count {
        guard index == bytes.count || bytes[index] == newline else { continue }
        if atLineStart && index > lineStart { out.append(contentsOf: pad) }
        out.append(contentsOf: bytes[lineStart..<min(index + 1, bytes.count)])
        atLineStart = true
        lineStart = index + 1
      }
    }
    return Data(out)
  }
}
