import BeijiangUI

/// A sample screen built only from toolkit widgets: what the dashboard's `view(state)` will look like
/// in miniature. Used by the interactive demo and by the frame-time benchmark.
struct DemoState {
  var tab = 0
  var selected = 0
  var offset = 0
  var showHelp = false
  var language = Language.zh
  var tabRects: [Rect?] = []
  var rowRects: [RowRect] = []

  static let tabs = ["总览", "三北工程", "黄河流域", "能源基地", "草原保护", "防沙治沙", "乡村振兴"]
  static let rows: [[String]] = (0..<40).map { index in
    let names = ["完成造林面积", "种草改良", "“防沙治沙”综合治理", "清洁供热面积", "新能源装机—风电·光伏"]
    let units = ["万亩", "万亩", "万亩", "万平方米", "万千瓦"]
    return [
      "\(index + 1). \(names[index % names.count])（第\(index / names.count + 1)批）",
      "\((index + 1) * 137)", units[index % units.count], index % 3 == 0 ? "目标" : "完成",
    ]
  }

  /// Applies one event; returns false when the demo should quit.
  mutating func update(_ event: InputEvent, keymap: Keymap) -> Bool {
    switch event {
    case .interrupt: return false
    case .resize: return true
    case .mouse(let mouse):
      switch mouse.kind {
      case .click:
        if let tab = TabBar.tab(at: mouse.x, mouse.y, in: tabRects) { self.tab = tab }
        if let row = rowRects.first(where: { $0.rect.contains(x: mouse.x, y: mouse.y) })?.row {
          selected = row
        }
      case .wheelUp: selected = max(0, selected - 3)
      case .wheelDown: selected = min(Self.rows.count - 1, selected + 3)
      }
      return true
    case .key(let key):
      let scope: KeyScope = showHelp ? .help : .list
      guard let action = keymap.action(for: key, in: scope) else { return true }
      switch action {
      case .quit: return false
      case .help: showHelp = true
      case .back: showHelp = false
      case .moveDown: selected = min(Self.rows.count - 1, selected + 1)
      case .moveUp: selected = max(0, selected - 1)
      case .top: selected = 0
      case .bottom: selected = Self.rows.count - 1
      case DemoKeys.nextTab: tab = (tab + 1) % Self.tabs.count
      case DemoKeys.previousTab: tab = (tab + Self.tabs.count - 1) % Self.tabs.count
      case DemoKeys.toggleLanguage: language = language.toggled
      default:
        if let number = DemoKeys.tabNumber(action), number <= Self.tabs.count { tab = number - 1 }
      }
      return true
    }
  }

  /// Draws the whole frame into `buffer`.
  mutating func view(into buffer: inout Buffer, theme: Theme, keymap: Keymap) {
    buffer.fill(buffer.area, style: theme.base)
    guard buffer.width >= 40, buffer.height >= 12 else {
      TooSmall.draw(need: (40, 12), area: buffer.area, buffer: &buffer, theme: theme, language: language)
      return
    }
    let parts = buffer.area.rows([.fixed(1), .fill, .fixed(1)])
    tabRects = TabBar.draw(tabs: Self.tabs, selected: tab, area: parts[0], buffer: &buffer, theme: theme)
    let columns = parts[1].columns([.ratio(2, 3), .fill])
    let inner = Box.draw(
      title: Self.tabs[tab] + " · 指标", area: columns[0], buffer: &buffer, theme: theme, focused: true)
    let table = TableData(
      columns: [
        TableColumn("指标", width: .fill(min: 10)),
        TableColumn("数值", width: .content(max: 10), alignment: .right),
        TableColumn("单位", width: .content(max: 8)), TableColumn("类型", width: .fixed(4)),
      ], rows: Self.rows, selected: selected, offset: offset)
    let layout = Table.draw(table, area: inner, buffer: &buffer, theme: theme)
    offset = layout.offset
    rowRects = layout.rowRects
    let side = Box.draw(title: "图表", area: columns[1], buffer: &buffer, theme: theme)
    let sideParts = side.rows([.fixed(3), .fixed(1), .fixed(1), .fill])
    BarChart.draw(
      [
        BarItem(label: "造林", value: 300, formattedValue: "300万亩"),
        BarItem(label: "种草", value: 1300, formattedValue: "1300万亩"),
        BarItem(label: "防沙治沙", value: 1500, formattedValue: "1500万亩"),
      ], area: sideParts[0], buffer: &buffer, theme: theme)
    Gauge.draw(
      GaugeData(label: "供热", current: 2000, target: 9100, formattedValues: "2000万/9100万"), area: sideParts[2],
      buffer: &buffer, theme: theme)
    TextBlock.draw(
      "全区完成“六大工程”建设任务1500万亩，占全国的三分之一以上。" + Self.rows[selected][0], area: sideParts[3],
      buffer: &buffer, theme: theme)
    HintBar.draw(keymap.hints(in: .list, language: language), area: parts[2], buffer: &buffer, theme: theme)
    if showHelp {
      HelpOverlay.draw(
        title: StringTable.toolkit.text("ui.help.title", language),
        entries: keymap.helpEntries(in: .list, language: language),
        footer: StringTable.toolkit.text("ui.help.close", language), area: buffer.area, buffer: &buffer,
        theme: theme)
    }
  }
}
