/// Large numbers for a presentation mode: digits, `.`, `,`, `-`, `%` drawn 3 or 5 rows high.
///
/// Characters without a big form (万, 亿, units) are written normally on the bottom row, so
/// "2000万" reads as a big 2000 followed by 万.
public enum BigDigits {
  public enum Size: Int, Sendable, Codable, CaseIterable {
    case three = 3
    case five = 5
  }

  /// The rows of `text` in big form; all rows have the same display width.
  public static func render(_ text: String, size: Size, ascii: Bool) -> [String] {
    var rows = Array(repeating: "", count: size.rawValue)
    for (index, character) in text.enumerated() {
      let glyph = glyphRows(character, size: size, ascii: ascii)
      let gap = index > 0 && glyph != nil ? " " : ""
      if let glyph {
        for row in rows.indices { rows[row] += gap + glyph[row] }
      } else {
        // Plain character on the baseline; blanks of the same width above it.
        let width = DisplayWidth.of(String(character))
        for row in rows.indices {
          rows[row] += row == rows.count - 1 ? String(character) : String(repeating: " ", count: width)
        }
      }
    }
    return rows
  }

  /// Draws `text` in big form at the top left of `area` (clipped); returns the width it takes.
  @discardableResult
  public static func draw(
    _ text: String, size: Size, area: Rect, buffer: inout Buffer, theme: Theme, style: Style? = nil
  ) -> Int {
    let ascii = theme.glyphs == .ascii
    let rows = render(text, size: size, ascii: ascii)
    for (line, row) in rows.prefix(area.height).enumerated() {
      buffer.put(row, x: area.x, y: area.y + line, style: style ?? theme.emphasis, within: area)
    }
    return rows.first.map { buffer.measure($0) } ?? 0
  }

  /// 3x5 pixel bitmaps; "#" is a lit pixel.
  static let bitmaps: [Character: [String]] = [
    "0": ["###", "# #", "# #", "# #", "###"],
    "1": [" # ", "## ", " # ", " # ", "###"],
    "2": ["###", "  #", "###", "#  ", "###"],
    "3": ["###", "  #", "###", "  #", "###"],
    "4": ["# #", "# #", "###", "  #", "  #"],
    "5": ["###", "#  ", "###", "  #", "###"],
    "6": ["###", "#  ", "###", "# #", "###"],
    "7": ["###", "  #", "  #", "  #", "  #"],
    "8": ["###", "# #", "###", "# #", "###"],
    "9": ["###", "# #", "###", "  #", "###"],
    "-": ["   ", "   ", "###", "   ", "   "],
    "%": ["# #", "  #", " # ", "#  ", "# #"],
    ".": [" ", " ", " ", " ", "#"],
    ",": [" ", " ", " ", "#", "#"],
    " ": [" ", " ", " ", " ", " "],
  ]

  /// Seven-segment style for three ASCII rows.
  static let asciiThreeRow: [Character: [String]] = [
    "0": [" _ ", "| |", "|_|"], "1": ["   ", "  |", "  |"], "2": [" _ ", " _|", "|_ "],
    "3": [" _ ", " _|", " _|"], "4": ["   ", "|_|", "  |"], "5": [" _ ", "|_ ", " _|"],
    "6": [" _ ", "|_ ", "|_|"], "7": [" _ ", "  |", "  |"], "8": [" _ ", "|_|", "|_|"],
    "9": [" _ ", "|_|", " _|"], "-": ["   ", " _ ", "   "], "%": ["   ", "o/ ", "/o "],
    ".": [" ", " ", "."], ",": [" ", " ", ","], " ": [" ", " ", " "],
  ]

  static func glyphRows(_ character: Character, size: Size, ascii: Bool) -> [String]? {
    switch (size, ascii) {
    case (.three, true): return asciiThreeRow[character]
    case (.five, _):
      return bitmaps[character]?.map { $0.map { $0 == "#" ? (ascii ? "#" : "█") : " " }.joined() }
    case (.three, false):
      guard let bitmap = bitmaps[character] else { return nil }
      return halfBlockRows(bitmap)
    }
  }

  /// Five pixel rows folded into three text rows with half blocks (▀ ▄ █).
  private static func halfBlockRows(_ bitmap: [String]) -> [String] {
    let pixels = bitmap.map { $0.map { $0 == "#" } }
    return stride(from: 0, to: 5, by: 2).map { top in
      (0..<pixels[top].count).map { column -> String in
        let upper = pixels[top][column]
        let lower = top + 1 < pixels.count && pixels[top + 1][column]
        switch (upper, lower) {
        case (true, true): return "█"
        case (true, false): return "▀"
        case (false, true): return "▄"
        case (false, false): return " "
        }
      }.joined()
    }
  }
}
