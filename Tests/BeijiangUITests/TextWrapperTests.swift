import Testing

@testable import BeijiangUI

@Suite("Text wrapping")
struct TextWrapperTests {
  private func lines(_ text: String, _ width: Int, policy: WidthPolicy = .standard) -> [String] {
    TextWrapper.wrap(text, width: width, policy: policy).map(\.text)
  }

  @Test func chineseBreaksBetweenAnyTwoCharacters() {
    #expect(lines("全区完成造林三百万亩", 8) == ["全区完成", "造林三百", "万亩"])
  }

  @Test func latinWordsStayWholeWhenTheyFit() {
    #expect(lines("the Three North project", 10) == ["the Three", "North", "project"])
  }

  @Test func mixedTextKeepsNumbersWhole() {
    #expect(lines("完成造林12345万亩", 9) == ["完成造林", "12345万亩"])
  }

  /// A number stays on the line of the counter or unit that follows it; each case is a line that
  /// would otherwise end with the number.
  @Test(arguments: [
    ("职工从4个方面细化18条具体举措", 19, ["职工从4个方面细化", "18条具体举措"]),
    ("印发2024年1号文件", 12, ["印发2024年", "1号文件"]),
    ("种草达1.5万亩", 10, ["种草达", "1.5万亩"]),
    ("四子王旗完成300万亩", 12, ["四子王旗完成", "300万亩"]),
    ("共计100%", 7, ["共计", "100%"]),
  ])
  func numbersStayWithTheirCounter(_ text: String, _ width: Int, _ expected: [String]) {
    #expect(lines(text, width) == expected)
  }

  @Test func closingPunctuationNeverStartsALine() {
    // "，" would start the second line: the character before it moves down with it.
    let result = lines("推进防沙治沙，建设绿色屏障", 12)
    #expect(result == ["推进防沙治", "沙，建设绿色", "屏障"])
    for line in result.dropFirst() { #expect(!TextWrapper.noLineStart.contains(line.unicodeScalars.first!)) }
  }

  @Test func openingPunctuationNeverEndsALine() {
    let result = lines("重点实施《规划》工程", 10)
    #expect(result == ["重点实施", "《规划》工", "程"])
  }

  @Test func overlongWordsAreCutByColumns() {
    #expect(lines("abcdefghij", 4) == ["abcd", "efgh", "ij"])
  }

  @Test func newlinesAreHardBreaksAndEmptyLinesSurvive() {
    #expect(lines("第一段\n\n第二段", 20) == ["第一段", "", "第二段"])
  }

  @Test func everyLineFitsAndOffsetsCoverTheText() {
    let text = "2023年，内蒙古全区完成“六大工程”建设任务1500万亩，占全国的“三分之一”以上。The project is on track."
    for width in [4, 7, 10, 13, 20, 40] {
      let wrapped = TextWrapper.wrap(text, width: width)
      for line in wrapped {
        #expect(DisplayWidth.of(line.text) <= width)
        #expect(line.width == DisplayWidth.of(line.text))
      }
      let scalars = Array(text.unicodeScalars)
      for line in wrapped {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[line.range])
        #expect(String(view) == line.text)
      }
    }
  }

  @Test func ambiguousWideCountsQuotesAsTwo() {
    #expect(lines("“工程”", 4, policy: .ambiguousWide) == ["“工", "程”"])
  }
}
