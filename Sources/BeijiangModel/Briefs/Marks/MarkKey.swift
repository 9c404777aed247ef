import Foundation

/// Identifies a markable item (a metric, a date, a quote) inside one document. Offsets alone would
/// survive an extractor change that reinterprets the span; kind and surface alone would confuse two
/// equal figures in different sentences. Together they name exactly one mention.
public struct MarkKey: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
  /// The item's kind: `metric`, `date` or `quote` (the dashboard's `m` and `summary --marked` agree on these).
  public var kind: String
  /// Offset of the first Unicode scalar of the item in the document text.
  public var start: Int
  /// Offset just past the item's last Unicode scalar.
  public var end: Int
  /// The item's text, exactly as it appears in the document.
  public var surface: String

  public init(kind: String, start: Int, end: Int, surface: String) {
    self.kind = kind
    self.start = start
    self.end = end
    self.surface = surface
  }

  /// Text order, so lists of marks read like the article.
  public static func < (lhs: MarkKey, rhs: MarkKey) -> Bool {
    (lhs.start, lhs.end, lhs.kind, lhs.surface) < (rhs.start, rhs.end, rhs.kind, rhs.surface)
  }

  public var description: String { "\(kind) \(surface) [\(start)..<\(end)]" }
}

/// A marked item and when it was marked.
public struct Mark: Hashable, Sendable, Codable {
  public var key: MarkKey
  public var markedAt: Date

  public init(key: MarkKey, markedAt: Date) {
    self.key = key
    self.markedAt = markedAt
  }
}
