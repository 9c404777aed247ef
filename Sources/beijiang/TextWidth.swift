import BeijiangUI

/// Display width for aligned plain-text output, from the UI library's glibc-derived table.
enum TextWidth {
  static func columns(_ text: String) -> Int { DisplayWidth.of(text) }

  /// One line with control characters made harmless, cut to at most `limit` columns.
  static func singleLine(_ text: String, limit: Int) -> String {
    DisplayWidth.truncate(TextSanitizer.sanitize(text).replacingOccurrences(of: "\n", with: " "), to: limit)
  }
}
