import BeijiangTestSupport
import BeijiangUI
import Testing

/// The golden helpers themselves: a lost highlight must change the style record, and a failure must
/// say which lines differ.
@Suite struct GoldenSupportTests {
  @Test func styleRunsListOnlyStyledCellsWithTheirText() {
    var buffer = Buffer(width: 10, height: 2)
    buffer.put("口岸 18", x: 0, y: 0)
    buffer.put("总览", x: 2, y: 1, style: Style(foreground: .yellow, attributes: [.bold, .reverse]))
    #expect(StyleRuns.of(buffer) == "1 2+4 fg=yellow bold reverse \"总览\"\n")
  }

  @Test func aLostHighlightChangesTheRecordButNotTheText() {
    var highlighted = Buffer(width: 6, height: 1)
    highlighted.put("选中", x: 0, y: 0, style: Style(attributes: .reverse))
    var plain = Buffer(width: 6, height: 1)
    plain.put("选中", x: 0, y: 0)
    #expect(ScreenText.of(highlighted) == ScreenText.of(plain))
    #expect(StyleRuns.of(highlighted) != StyleRuns.of(plain))
    #expect(StyleRuns.of(plain) == "\n")
  }

  @Test func theDiffNamesTheChangedLines() {
    let diff = LineDiff.describe(expected: "甲\n乙\n丙\n", actual: "甲\n乙二\n丙\n")
    #expect(diff == "- 2: 乙\n+ 2: 乙二")
  }
}
