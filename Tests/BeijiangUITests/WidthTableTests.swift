import BeijiangUI
import CNcursesw
import Testing

@Suite("Width table")
struct WidthTableTests {
  /// The generated table must agree with glibc for every code point, or layout drifts from what
  /// ncurses and the terminal draw.
  @Test func matchesGlibcWcwidthForEveryCodePoint() throws {
    try #require(cn_set_ctype("C.UTF-8") == 1, "C.UTF-8 locale is needed for this check")
    var mismatches: [String] = []
    for codePoint: UInt32 in 0...0x10FFFF {
      let expected = Int(wcwidth(wchar_t(bitPattern: codePoint)))
      let actual = WidthTable.glibcWidth(codePoint)
      if expected != actual && mismatches.count < 20 {
        mismatches.append(
          "U+\(String(codePoint, radix: 16, uppercase: true)): glibc \(expected), table \(actual)")
      }
    }
    #expect(mismatches.isEmpty, "\(mismatches)")
  }

  @Test(arguments: [
    ("中", 2), ("，", 2), ("。", 2), ("（", 2), ("《", 2), ("a", 1), ("ｱ", 1), ("\u{301}", 0),
    ("\u{200B}", 0), ("\u{200D}", 0), ("\u{FE0F}", 0), ("“", 1), ("·", 1), ("─", 1), ("█", 1),
  ])
  func knownWidths(text: String, width: Int) {
    #expect(DisplayWidth.of(text) == width)
  }

  @Test(arguments: ["“", "”", "·", "—", "…", "※", "°", "×", "→", "①", "○", "●", "★", "─", "│", "┌", "█"])
  func ambiguousCharactersAreWideWhenAsked(text: String) {
    let scalar = text.unicodeScalars.first!
    #expect(WidthTable.isAmbiguous(scalar.value))
    #expect(DisplayWidth.of(scalar, policy: .standard) == 1)
    #expect(DisplayWidth.of(scalar, policy: .ambiguousWide) == 2)
  }

  @Test(arguments: ["a", "中", "，", "ｱ", " "])
  func nonAmbiguousCharactersKeepTheirWidth(text: String) {
    #expect(DisplayWidth.of(text, policy: .ambiguousWide) == DisplayWidth.of(text))
  }
}
