extension Keymap {
  /// The keys of issue 5: panes, movement, open/back, search, sort/filter, language, reload, help,
  /// quit, plus p, m and M reserved for presentation and marks.
  public static let standard = Keymap(paneKeys + movementKeys + commandKeys + overlayKeys)

  private static let paneKeys: [KeyBinding] =
    (1...7).map { number in
      KeyBinding(
        .character(Character(String(number))), .pane(number), zh: "切换到第 N 个面板", en: "show pane N")
    } + [
      KeyBinding(.tab, .nextPane, zh: "下一个面板", en: "next pane", hint: true),
      KeyBinding(.backTab, .previousPane, zh: "上一个面板", en: "previous pane"),
      KeyBinding(.character("l"), .nextPane, zh: "下一个面板", en: "next pane"),
      KeyBinding(.right, .nextPane, zh: "下一个面板", en: "next pane"),
      KeyBinding(.character("h"), .previousPane, zh: "上一个面板", en: "previous pane"),
      KeyBinding(.left, .previousPane, zh: "上一个面板", en: "previous pane"),
    ]

  private static let movementKeys: [KeyBinding] = [
    KeyBinding(.character("j"), .moveDown, zh: "下移", en: "move down", hint: true),
    KeyBinding(.down, .moveDown, zh: "下移", en: "move down"),
    KeyBinding(.character("k"), .moveUp, zh: "上移", en: "move up", hint: true),
    KeyBinding(.up, .moveUp, zh: "上移", en: "move up"),
    KeyBinding(.character("g"), .top, zh: "到顶部", en: "go to top"),
    KeyBinding(.home, .top, zh: "到顶部", en: "go to top"),
    KeyBinding(.character("G"), .bottom, zh: "到底部", en: "go to bottom"),
    KeyBinding(.end, .bottom, zh: "到底部", en: "go to bottom"),
    KeyBinding(.pageDown, .pageDown, zh: "下一页", en: "page down"),
    KeyBinding(.pageUp, .pageUp, zh: "上一页", en: "page up"),
    KeyBinding(.ctrl("d"), .halfPageDown, zh: "下翻半页", en: "half page down"),
    KeyBinding(.ctrl("u"), .halfPageUp, zh: "上翻半页", en: "half page up"),
  ]

  private static let commandKeys: [KeyBinding] = [
    KeyBinding(.enter, .open, zh: "查看详情", en: "open detail", hint: true),
    KeyBinding(.escape, .back, zh: "返回", en: "back"),
    KeyBinding(.character("/"), .search, zh: "搜索", en: "search", hint: true),
    KeyBinding(.character("n"), .nextMatch, zh: "下一个匹配", en: "next match"),
    KeyBinding(.character("N"), .previousMatch, zh: "上一个匹配", en: "previous match"),
    KeyBinding(
      .character("s"), .cycleSort, zh: "切换排序（原文顺序、数值、单位）", en: "cycle sort (text order, value, unit)"),
    KeyBinding(.character("f"), .filterDimension, zh: "按维度筛选", en: "filter by dimension"),
    KeyBinding(.character("t"), .targetsOnly, zh: "只看目标值", en: "targets only"),
    KeyBinding(.character("L"), .toggleLanguage, zh: "切换中文/英文", en: "switch Chinese/English", hint: true),
    KeyBinding(.character("r"), .reload, zh: "重新加载文件", en: "reload files"),
    KeyBinding(.character("p"), .presentation, zh: "演示模式（预留）", en: "presentation mode (reserved)"),
    KeyBinding(.character("m"), .mark, zh: "标记当前行（预留）", en: "mark row (reserved)"),
    KeyBinding(.character("M"), .showMarks, zh: "查看标记（预留）", en: "list marks (reserved)"),
    KeyBinding(.character("?"), .help, zh: "帮助", en: "help", hint: true),
    KeyBinding(.character("q"), .quit, zh: "退出", en: "quit", hint: true),
  ]

  /// Overlays and text entry rebind a few keys: in search, printable keys are the query.
  private static let overlayKeys: [KeyBinding] = [
    KeyBinding(.escape, .back, zh: "关闭帮助", en: "close help", scope: .help, hint: true),
    KeyBinding(.character("?"), .back, zh: "关闭帮助", en: "close help", scope: .help),
    KeyBinding(.character("q"), .back, zh: "关闭帮助", en: "close help", scope: .help),
    KeyBinding(.escape, .back, zh: "返回", en: "back", scope: .detail, hint: true),
    KeyBinding(.enter, .open, zh: "跳到结果", en: "go to result", scope: .search, hint: true),
    KeyBinding(.escape, .back, zh: "取消搜索", en: "cancel search", scope: .search, hint: true),
    KeyBinding(.down, .moveDown, zh: "下一个结果", en: "next result", scope: .search),
    KeyBinding(.up, .moveUp, zh: "上一个结果", en: "previous result", scope: .search),
  ]
}
