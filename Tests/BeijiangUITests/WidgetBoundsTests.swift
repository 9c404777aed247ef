import BeijiangUI
import Testing

/// Every widget, at every small and odd size, must stay inside its area and never crash.
@Suite("Widgets stay in their area")
struct WidgetBoundsTests {
  typealias Draw = @Sendable (Rect, inout Buffer, Theme) -> Void

  static let widgets: [(String, Draw)] = [
    (
      "box", { area, buffer, theme in Box.draw(title: "“六大工程”总览", area: area, buffer: &buffer, theme: theme) }
    ),
    (
      "tabs",
      { area, buffer, theme in
        TabBar.draw(tabs: ["总览", "三北工程", "黄河"], selected: 1, area: area, buffer: &buffer, theme: theme)
      }
    ),
    (
      "table",
      { area, buffer, theme in
        let data = TableData(
          columns: WidgetGoldenTests.metricColumns, rows: WidgetGoldenTests.metricRows, selected: 5, offset: 0
        )
        Table.draw(data, area: area, buffer: &buffer, theme: theme)
      }
    ),
    (
      "bars",
      { area, buffer, theme in
        BarChart.draw(WidgetGoldenTests.bars, area: area, buffer: &buffer, theme: theme)
      }
    ),
    (
      "gauge",
      { area, buffer, theme in
        Gauge.draw(
          GaugeData(label: "供热", current: 2000, target: 9100, formattedValues: "2000万/9100万"), area: area,
          buffer: &buffer, theme: theme)
      }
    ),
    (
      "paragraph",
      { area, buffer, theme in
        TextBlock.draw("全区完成“六大工程”建设任务1500万亩，占全国的三分之一。", scroll: 1, area: area, buffer: &buffer, theme: theme)
      }
    ),
    (
      "list",
      { area, buffer, theme in
        ListView.draw(["包头市", "“乌海”市"], selected: 1, area: area, buffer: &buffer, theme: theme)
      }
    ),
    (
      "hints",
      { area, buffer, theme in
        HintBar.draw(
          SampleKeymap.keymap.hints(in: .list, language: .zh), area: area, buffer: &buffer, theme: theme)
      }
    ),
    (
      "help",
      { area, buffer, theme in
        HelpOverlay.draw(
          title: "按键帮助", entries: SampleKeymap.keymap.helpEntries(in: .list, language: .zh), footer: "Esc",
          scroll: 3, area: area, buffer: &buffer, theme: theme)
      }
    ),
    (
      "too-small",
      { area, buffer, theme in
        TooSmall.draw(need: (40, 12), area: area, buffer: &buffer, theme: theme, language: .zh)
      }
    ),
    (
      "digits",
      { area, buffer, theme in
        BigDigits.draw("1,500万", size: .five, area: area, buffer: &buffer, theme: theme)
      }
    ),
  ]

  @Test(arguments: [(0, 0), (1, 1), (2, 2), (3, 1), (5, 3), (7, 4), (13, 5), (31, 9)])
  func everyWidgetStaysInside(width: Int, height: Int) {
    for policy in WidthPolicy.allCases {
      for theme in [Theme.dark(), Theme.monochrome(glyphs: .ascii)] {
        for (name, draw) in Self.widgets {
          var buffer = Buffer(width: width + 4, height: height + 4, policy: policy, fill: Cell("."))
          let area = Rect(x: 2, y: 2, width: width, height: height)
          draw(area, &buffer, theme)
          for y in 0..<buffer.height {
            for x in 0..<buffer.width where !area.contains(x: x, y: y) {
              if buffer[x, y] != Cell(".") {
                Issue.record("\(name) at \(width)x\(height) (\(policy)) wrote outside its area at \(x),\(y)")
              }
            }
          }
        }
      }
    }
  }

  @Test func zeroWidthScalarsAreCappedPerCell() {
    var buffer = Buffer(width: 2, height: 1)
    buffer.put("e" + String(repeating: "\u{301}", count: 7), x: 0, y: 0)
    #expect(buffer[0, 0].scalars.count == 5)
    #expect(buffer[1, 0] == .blank)
  }

  @Test(arguments: [Direction.horizontal, .vertical])
  func layoutPartsNeverLeaveTheirRect(direction: Direction) {
    for length in 0..<30 {
      let rect = Rect(x: 3, y: 4, width: length, height: length)
      let parts = Layout.split(
        rect, direction, [.fixed(5), .ratio(1, 3), .min(4), .fill, .fixed(2)], spacing: 1)
      for part in parts {
        #expect(part.intersection(rect) == part || part.isEmpty)
      }
    }
  }
}

@Suite("Tab bar edge cases")
struct TabBarEdgeTests {
  @Test func selectedTabIsCutWhenNothingElseFits() {
    var buffer = Buffer(width: 8, height: 1)
    let rects = TabBar.draw(
      tabs: ["总览", "三北工程攻坚战"], selected: 1, area: buffer.area, buffer: &buffer, theme: .dark())
    #expect(rects[1] != nil)
    #expect(buffer.row(0).contains("2 三"))
  }

  @Test func anOutOfRangeSelectionDoesNotCrash() {
    var buffer = Buffer(width: 30, height: 1)
    let rects = TabBar.draw(
      tabs: ["总览", "三北"], selected: 9, area: buffer.area, buffer: &buffer, theme: .dark())
    #expect(rects.count == 2)
  }

  @Test func helpMergesTheNumberKeys() {
    let entries = SampleKeymap.keymap.helpEntries(in: .global, language: .en)
    #expect(entries.first == HelpEntry(keys: "1-7", text: "show pane N"))
  }
}
