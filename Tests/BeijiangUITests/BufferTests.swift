import BeijiangUI
import Testing

@Suite("Cell buffer")
struct BufferTests {
  @Test func wideGlyphAtTheRightEdgeBecomesASpace() {
    var buffer = Buffer(width: 5, height: 1)
    let end = buffer.put("ab中文", x: 0, y: 0)
    #expect(buffer.rows == ["ab中 "])
    #expect(end == 5)
    #expect(!buffer[4, 0].isContinuation)
  }

  @Test func clipWidthIsNeverExceeded() {
    var buffer = Buffer(width: 10, height: 1, fill: Cell("."))
    buffer.put("中文字符", x: 1, y: 0, clipWidth: 5)
    #expect(buffer.rows == [".中文 ...."])
  }

  @Test func clipRectIsNeverExceeded() {
    var buffer = Buffer(width: 8, height: 3, fill: Cell("."))
    let clip = Rect(x: 2, y: 1, width: 3, height: 1)
    buffer.put("内蒙古", x: 0, y: 1, within: clip)
    buffer.put("outside", x: 2, y: 0, within: clip)
    #expect(buffer.rows == ["........", "..蒙 ...", "........"])
  }

  @Test func wideGlyphCutByTheLeftClipShowsASpace() {
    var buffer = Buffer(width: 6, height: 1, fill: Cell("."))
    buffer.put("中文", x: -1, y: 0)
    #expect(buffer.rows == [" 文..."])
  }

  @Test func overwritingHalfAWideGlyphBlanksTheOtherHalf() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.put("中文字", x: 0, y: 0)
    buffer.put("x", x: 1, y: 0)
    #expect(buffer.rows == [" x文字"])
    buffer.put("y", x: 2, y: 0)
    #expect(buffer.rows == [" xy 字"])
    #expect(!buffer[3, 0].isContinuation)
  }

  @Test func escapeSequencesNeverReachTheBuffer() {
    var buffer = Buffer(width: 12, height: 1)
    buffer.put("a\u{1B}[2Jb\u{7}\u{9B}c\u{7F}", x: 0, y: 0)
    let text = buffer.row(0)
    #expect(!text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(text == "a\u{FFFD}[2Jb\u{FFFD}\u{FFFD}c\u{FFFD}  ")
  }

  @Test func tabsAndNewlinesBecomeSpacesAndNulIsDropped() {
    var buffer = Buffer(width: 6, height: 1)
    buffer.put("a\tb\nc\0d", x: 0, y: 0)
    #expect(buffer.row(0) == "a b cd")
  }

  @Test func combiningMarksStayWithTheirBase() {
    var buffer = Buffer(width: 3, height: 1)
    buffer.put("e\u{301}x", x: 0, y: 0)
    #expect(buffer[0, 0].text == "e\u{301}")
    #expect(buffer[1, 0].text == "x")
  }

  @Test func ambiguousWidePolicyReservesTwoCells() {
    var buffer = Buffer(width: 6, height: 1, policy: .ambiguousWide)
    buffer.put("“中”", x: 0, y: 0)
    #expect(buffer[1, 0].isContinuation)
    #expect(buffer[3, 0].isContinuation)
    #expect(buffer[5, 0].isContinuation)
  }

  @Test func changedRowsListsOnlyDifferentRows() {
    var first = Buffer(width: 4, height: 3)
    first.put("ab", x: 0, y: 0)
    var second = first
    second.put("中", x: 0, y: 2)
    #expect(second.changedRows(since: first) == [2])
    #expect(second.changedRows(since: nil) == [0, 1, 2])
    #expect(second.changedRows(since: Buffer(width: 5, height: 3)) == [0, 1, 2])
    var restyled = first
    restyled.setStyle(Style(attributes: .bold), in: Rect(x: 0, y: 1, width: 1, height: 1))
    #expect(restyled.changedRows(since: first) == [1])
  }

  @Test func fillWithAWideCharacterNeverOverflows() {
    var buffer = Buffer(width: 5, height: 1, fill: Cell("."))
    buffer.fill(Rect(x: 0, y: 0, width: 3, height: 1), with: "中")
    #expect(buffer.rows == ["中 .."])
  }

  @Test func blitKeepsWideGlyphsWhole() {
    var small = Buffer(width: 4, height: 1)
    small.put("中文", x: 0, y: 0)
    var big = Buffer(width: 5, height: 1, fill: Cell("."))
    big.blit(small, x: 2, y: 0)
    #expect(big.rows == ["..中 "])
  }
}
