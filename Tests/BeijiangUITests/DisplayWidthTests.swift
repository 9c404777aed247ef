import BeijiangUI
import Testing

@Suite("Display width")
struct DisplayWidthTests {
  @Test func stringWidthCountsColumnsNotCharacters() {
    #expect(DisplayWidth.of("内蒙古") == 6)
    #expect(DisplayWidth.of("造林300万亩") == 11)
    #expect(DisplayWidth.of("e\u{301}") == 1)
    #expect(DisplayWidth.of("“六大工程”", policy: .standard) == 10)
    #expect(DisplayWidth.of("“六大工程”", policy: .ambiguousWide) == 12)
  }

  @Test func controlCharactersMeasureAsTheirSubstitute() {
    #expect(DisplayWidth.of("a\u{1B}[2J") == 5)
    #expect(DisplayWidth.of("\u{85}") == 1)
  }

  @Test(arguments: [
    ("内蒙古自治区", 7, "内蒙古…"),
    ("内蒙古自治区", 12, "内蒙古自治区"),
    ("内蒙古自治区", 6, "内蒙…"),
    ("abc中文", 5, "abc…"),
    ("abcdef", 1, "…"),
    ("abcdef", 0, ""),
  ])
  func truncateFitsWithEllipsis(text: String, columns: Int, expected: String) {
    let result = DisplayWidth.truncate(text, to: columns)
    #expect(result == expected)
    #expect(DisplayWidth.of(result) <= columns)
  }

  @Test func prefixNeverSplitsAWideGlyph() {
    let (text, width) = DisplayWidth.prefix("中文字", fitting: 5)
    #expect(text == "中文")
    #expect(width == 4)
  }

  @Test func padAlignsByDisplayWidth() {
    #expect(DisplayWidth.pad("万亩", to: 6, alignment: .right) == "  万亩")
    #expect(DisplayWidth.pad("万亩", to: 6) == "万亩  ")
    #expect(DisplayWidth.pad("万", to: 6, alignment: .center) == "  万  ")
    #expect(DisplayWidth.of(DisplayWidth.pad("全区新增造林面积", to: 9)) == 9)
  }
}
