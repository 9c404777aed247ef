import Foundation

/// The marks file's content. It is small, human-readable JSON so a person can inspect or repair it:
///
///     {"format": "beijiang-marks", "version": 1,
///      "documents": {"<sha-256 of the text>": [{"kind": "quantity", "start": 12, "end": 17,
///                                               "surface": "4亿元左右", "markedAt": "2026-..."}]}}
struct MarksFile: Codable, Equatable {
  static let formatName = "beijiang-marks"
  static let currentVersion = 1

  var format: String = formatName
  var version: Int = currentVersion
  var documents: [String: [StoredMark]] = [:]

  /// One mark as stored: the item key flattened next to the time it was marked.
  struct StoredMark: Codable, Equatable {
    var kind: String
    var start: Int
    var end: Int
    var surface: String
    var markedAt: Date

    init(_ mark: Mark) {
      (kind, start, end, surface, markedAt) =
        (mark.key.kind, mark.key.start, mark.key.end, mark.key.surface, mark.markedAt)
    }

    var mark: Mark {
      Mark(key: MarkKey(kind: kind, start: start, end: end, surface: surface), markedAt: markedAt)
    }
  }

  /// Sorted keys and text-ordered marks: saving the same marks twice gives the same bytes.
  func encoded() throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return try encoder.encode(self)
  }

  static func decoded(from data: Data) throws -> MarksFile {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(MarksFile.self, from: data)
  }
}
