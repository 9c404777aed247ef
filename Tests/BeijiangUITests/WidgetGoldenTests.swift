import BeijiangTestSupport
import BeijiangUI
import Testing

/// Every widget rendered into a buffer and compared with a golden text file. Fixtures mix Chinese,
/// fullwidth punctuation and ambiguous-width characters (“ ” · — …).
@Suite("Widget goldens")
struct WidgetGoldenTests {
  let golden = GoldenFiles()

  static let unicode = Theme.dark(depth: .palette256)
  static let ascii = Theme.dark(depth: .palette256, glyphs: .ascii)

  @Test func boxWithChineseTitle() {
    var buffer = Buffer(width: 24, height: 4)
    let inner = Box.draw(title: "“六大工程”总览·2023", area: buffer.area, buffer: &buffer, theme: Self.unicode)
    buffer.put("内蒙古自治区", x: inner.x, y: inner.y)
    golden.check(buffer, named: "box-unicode.txt")
    #expect(inner == Rect(x: 1, y: 1, width: 22, height: 2))
  }

  @Test func boxAsciiWithTruncatedTitle() {
    var buffer = Buffer(width: 12, height: 3)
    Box.draw(title: "三北工程攻坚战", area: buffer.area, buffer: &buffer, theme: Self.ascii)
    golden.check(buffer, named: "box-ascii.txt")
  }

  @Test func tabBarFitsAndReturnsClickableRects() {
    let tabs = ["总览", "三北工程", "黄河流域", "能源基地", "草原保护", "防沙治沙", "乡村振兴"]
    var wide = Buffer(width: 80, height: 1)
    let rects = TabBar.draw(tabs: tabs, selected: 2, area: wide.area, buffer: &wide, theme: Self.unicode)
    golden.check(wide, named: "tabbar-80.txt")
    #expect(rects.allSatisfy { $0 != nil })
    let third = rects[2]!
    #expect(TabBar.tab(at: third.x + 1, 0, in: rects) == 2)
    #expect(wide[third.x, 0].style == Self.unicode.tabActive)

    var narrow = Buffer(width: 40, height: 1)
    let narrowRects = TabBar.draw(
      tabs: tabs, selected: 5, area: narrow.area, buffer: &narrow, theme: Self.unicode)
    golden.check(narrow, named: "tabbar-40.txt")
    #expect(narrow.row(0).contains("6 防沙治沙"))
    #expect(narrowRects.compactMap { $0 }.allSatisfy { $0.right <= 40 })
  }

  static let metricColumns = [
    TableColumn("指标", width: .fill(min: 6)),
    TableColumn("数值", width: .content(max: 10), alignment: .right),
    TableColumn("单位", width: .content(max: 8)),
    TableColumn("类型", width: .fixed(4)),
  ]
  static let metricRows = [
    ["完成造林", "300万", "亩", "完成"],
    ["种草改良", "1,300万", "亩", "完成"],
    ["“防沙治沙”综合治理面积", "1,500万", "亩", "目标"],
    ["清洁供热面积", "2,000万", "平方米", "现有"],
    ["到2027年供热目标", "9,100万", "平方米", "目标"],
    ["新能源装机—风电·光伏", "1.35亿", "千瓦", "完成"],
  ]

  @Test func tableScrollsToKeepTheSelectionVisible() {
    var buffer = Buffer(width: 40, height: 4)
    let data = TableData(columns: Self.metricColumns, rows: Self.metricRows, selected: 4, offset: 0)
    let layout = Table.draw(data, area: buffer.area, buffer: &buffer, theme: Self.unicode)
    golden.check(buffer, named: "table-scrolled.txt")
    #expect(layout.offset == 2)
    #expect(layout.rowRects.map(\.row) == [2, 3, 4])
    #expect(layout.row(at: 5, 3) == 4)
    #expect(buffer[0, 3].style == Self.unicode.selection)
  }

  @Test func tableAtTwoWidths() {
    for width in [30, 60] {
      var buffer = Buffer(width: width, height: 7)
      let data = TableData(columns: Self.metricColumns, rows: Self.metricRows, selected: 0)
      Table.draw(data, area: buffer.area, buffer: &buffer, theme: Self.unicode)
      golden.check(buffer, named: "table-\(width).txt")
    }
  }

  @Test func tableInAmbiguousWideTerminal() {
    var buffer = Buffer(width: 40, height: 7, policy: .ambiguousWide)
    let data = TableData(columns: Self.metricColumns, rows: Self.metricRows)
    Table.draw(data, area: buffer.area, buffer: &buffer, theme: Self.ascii)
    golden.check(buffer, named: "table-ambiguous-wide.txt")
  }

  @Test func scrollOffsetMovesAsLittleAsPossible() {
    #expect(Table.scrollOffset(selected: 5, offset: 0, visibleRows: 3, rowCount: 10) == 3)
    #expect(Table.scrollOffset(selected: 4, offset: 3, visibleRows: 3, rowCount: 10) == 3)
    #expect(Table.scrollOffset(selected: 1, offset: 3, visibleRows: 3, rowCount: 10) == 1)
    #expect(Table.scrollOffset(selected: nil, offset: 9, visibleRows: 3, rowCount: 10) == 7)
    #expect(Table.scrollOffset(selected: 0, offset: 4, visibleRows: 0, rowCount: 10) == 0)
  }

  static let bars = [
    BarItem(label: "造林", value: 300, formattedValue: "300万亩"),
    BarItem(label: "种草", value: 1300, formattedValue: "1300万亩"),
    BarItem(label: "防沙治沙", value: 1500, formattedValue: "1500万亩"),
    BarItem(label: "“三北”", value: 0, formattedValue: "—"),
  ]

  @Test func barChartUnicodeAndAscii() {
    var buffer = Buffer(width: 40, height: 4)
    BarChart.draw(Self.bars, area: buffer.area, buffer: &buffer, theme: Self.unicode)
    golden.check(buffer, named: "barchart-unicode.txt")
    var ascii = Buffer(width: 40, height: 4)
    BarChart.draw(Self.bars, area: ascii.area, buffer: &ascii, theme: Self.ascii)
    golden.check(ascii, named: "barchart-ascii.txt")
  }

  @Test func gaugeShowsCurrentAgainstTarget() {
    let data = GaugeData(label: "清洁供热", current: 2000, target: 9100, formattedValues: "2000万/9100万平方米")
    #expect(data.percent == 21)
    var buffer = Buffer(width: 50, height: 2)
    Gauge.draw(data, area: buffer.area.row(0), buffer: &buffer, theme: Self.unicode)
    let over = GaugeData(label: "超额", current: 150, target: 100, formattedValues: "150/100")
    Gauge.draw(over, area: buffer.area.row(1), buffer: &buffer, theme: Self.ascii)
    golden.check(buffer, named: "gauge.txt")
    #expect(GaugeData(label: "", current: 1, target: 0, formattedValues: "").percent == nil)
  }

  @Test func paragraphWrapsAndHighlights() {
    let text = "2023年，内蒙古全区完成“六大工程”建设任务1500万亩，占全国的三分之一以上。Progress is on track."
    let range = text.range(of: "1500万亩")!
    var buffer = Buffer(width: 20, height: 7)
    let style = Style(attributes: [.reverse])
    let lines = TextBlock.draw(
      text, highlights: [Highlight(range, in: text, style: style)], area: buffer.area, buffer: &buffer,
      theme: Self.unicode)
    golden.check(buffer, named: "paragraph.txt")
    #expect(lines == 5)
    let highlighted = (0..<buffer.height).flatMap { y in
      (0..<buffer.width).filter {
        buffer[$0, y].style.attributes.contains(.reverse) && !buffer[$0, y].isContinuation
      }
      .map { buffer[$0, y].text }
    }
    #expect(highlighted.joined() == "1500万亩")
  }

  @Test func listWithMarkerAndScrollIndicators() {
    let items = ["鄂尔多斯市", "包头市", "“乌海”市", "阿拉善盟", "巴彦淖尔市", "呼和浩特市"]
    var buffer = Buffer(width: 16, height: 3)
    let layout = ListView.draw(items, selected: 3, area: buffer.area, buffer: &buffer, theme: Self.unicode)
    golden.check(buffer, named: "list.txt")
    #expect(layout.offset == 1)
  }

  @Test func hintBarDropsItemsThatDoNotFit() {
    let hints = SampleKeymap.keymap.hints(in: .global, language: .zh)
    var buffer = Buffer(width: 50, height: 1)
    HintBar.draw(hints, area: buffer.area, buffer: &buffer, theme: Self.unicode)
    golden.check(buffer, named: "hintbar-zh.txt")
    var english = Buffer(width: 80, height: 1)
    HintBar.draw(
      SampleKeymap.keymap.hints(in: .global, language: .en), area: english.area, buffer: &english,
      theme: Self.unicode)
    golden.check(english, named: "hintbar-en.txt")
  }

  @Test func helpOverlayCentredOverContent() {
    var buffer = Buffer(width: 60, height: 20, fill: Cell("·"))
    let entries = SampleKeymap.keymap.helpEntries(in: .list, language: .zh)
    let box = HelpOverlay.draw(
      title: StringTable.toolkit.text("ui.help.title", .zh), entries: entries,
      footer: StringTable.toolkit.text("ui.help.close", .zh), area: buffer.area, buffer: &buffer,
      theme: Self.unicode)
    golden.check(buffer, named: "help-zh.txt")
    #expect(box.height == 20)

    // Wide enough for two columns: every entry is shown.
    var wide = Buffer(width: 120, height: 20, fill: Cell("·"))
    HelpOverlay.draw(
      title: "Keys", entries: SampleKeymap.keymap.helpEntries(in: .list, language: .en),
      footer: "Esc or ? closes",
      area: wide.area, buffer: &wide, theme: Self.ascii)
    golden.check(wide, named: "help-en-two-columns.txt")
    let shown = wide.rows.joined()
    for entry in SampleKeymap.keymap.helpEntries(in: .list, language: .en) {
      #expect(shown.contains(entry.text))
    }
  }

  @Test func tooSmallMessage() {
    var buffer = Buffer(width: 30, height: 6)
    TooSmall.draw(need: (40, 12), area: buffer.area, buffer: &buffer, theme: Self.unicode, language: .zh)
    golden.check(buffer, named: "too-small-zh.txt")
    var english = Buffer(width: 20, height: 5)
    TooSmall.draw(need: (40, 12), area: english.area, buffer: &english, theme: Self.unicode, language: .en)
    golden.check(english, named: "too-small-en.txt")
  }

  @Test(arguments: [BigDigits.Size.three, .five])
  func bigDigits(size: BigDigits.Size) {
    for (name, theme) in [("unicode", Self.unicode), ("ascii", Self.ascii)] {
      var buffer = Buffer(width: 50, height: size.rawValue)
      let width = BigDigits.draw("1,500万 -3.5%", size: size, area: buffer.area, buffer: &buffer, theme: theme)
      golden.check(buffer, named: "bigdigits-\(size.rawValue)-\(name).txt")
      #expect(
        width
          == BigDigits.render("1,500万 -3.5%", size: size, ascii: name == "ascii").map { DisplayWidth.of($0) }
          .max())
    }
  }
}
