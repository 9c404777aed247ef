/// Display width for aligned plain-text output. TEMPORARY: forwards to BeijiangUI's DisplayWidth
/// once the UI library lands; until then wide = CJK blocks and fullwidth forms.
enum TextWidth {
  static func columns(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { sum, scalar in
      let value = scalar.value
      let wide = (0x1100...0x115F).contains(value) || (0x2E80...0xA4CF).contains(value)
        || (0xAC00...0xD7A3).contains(value) || (0xF900...0xFAFF).contains(value)
        || (0xFE30...0xFE4F).contains(value) || (0xFF00...0xFF60).contains(value)
        || (0xFFE0...0xFFE6).contains(value) || (0x20000...0x3FFFD).contains(value)
      return sum + (wide ? 2 : 1)
    }
  }

  /// One line with control characters made visible, at most `limit` characters.
  static func singleLine(_ text: String, limit: Int) -> String {
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      result.append(scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) ? " " : scalar)
    }
    let line = String(result)
    return line.count > limit ? String(line.prefix(limit - 1)) + "…" : line
  }
}
