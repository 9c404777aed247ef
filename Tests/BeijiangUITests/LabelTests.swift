import Testing

@testable import BeijiangUI

/// Text cut to its room always says so, and the hint bar never loses the help key.
@Suite("Labels and hint bar")
struct LabelTests {
  static let unicode = Theme.dark(depth: .palette256)
  static let ascii = Theme.dark(depth: .palette256, glyphs: .ascii)

  @Test(arguments: [
    ("投身防沙治沙 守好生态北疆", 12, "投身防沙治…"),
    ("Reference date 2024-04-18", 20, "Reference date 2024…"),
    ("四子王旗", 8, "四子王旗"),
    ("二连浩特口岸", 7, "二连浩…"),
  ])
  func labelCutsWithAnEllipsisByDisplayWidth(_ text: String, _ width: Int, _ expected: String) {
    var buffer = Buffer(width: width, height: 1)
    Label.draw(text, x: 0, y: 0, area: buffer.area, style: Style(), buffer: &buffer, theme: Self.unicode)
    #expect(buffer.row(0).trimmingSuffix() == expected)
  }

  @Test func asciiGlyphsCutWithATilde() {
    var buffer = Buffer(width: 6, height: 1)
    Label.draw(
      "three-north", x: 0, y: 0, area: buffer.area, style: Style(), buffer: &buffer, theme: Self.ascii)
    #expect(buffer.row(0) == "three~")
  }

  @Test func hintBarKeepsTheHelpKeyWhenShort() {
    let entries = [
      HelpEntry(keys: "Tab", text: "下一个面板"), HelpEntry(keys: "j", text: "下移"),
      HelpEntry(keys: "/", text: "搜索"), HelpEntry(keys: "?", text: "帮助"), HelpEntry(keys: "q", text: "退出"),
    ]
    for width in [14, 24, 40] {
      var buffer = Buffer(width: width, height: 1)
      HintBar.draw(entries, area: buffer.area, buffer: &buffer, theme: Self.unicode)
      #expect(buffer.row(0).contains("?"), "width \(width): \(buffer.row(0))")
    }
  }
}

extension String {
  fileprivate func trimmingSuffix() -> String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
