import BeijiangUI

/// An application's keymap for the widget tests: the toolkit's generic keys with tabs, search and a
/// few commands of an imagined app around them, so hint bars and help overlays have realistic rows.
enum SampleKeymap {
  static let keymap = Keymap(
    tabKeys + Keymap.movementKeys + Keymap.navigationKeys + commandKeys + Keymap.helpAndQuitKeys
      + Keymap.helpOverlayKeys)

  private static let tabKeys: [KeyBinding] =
    (1...7).map { number in
      KeyBinding(
        .character(Character(String(number))), Action(rawValue: "pane-\(number)"), zh: "切换到第 N 个面板",
        en: "show pane N")
    } + [
      KeyBinding(.tab, "next-pane", zh: "下一个面板", en: "next pane", hint: true),
      KeyBinding(.backTab, "previous-pane", zh: "上一个面板", en: "previous pane"),
      KeyBinding(.character("l"), "next-pane", zh: "下一个面板", en: "next pane"),
      KeyBinding(.right, "next-pane", zh: "下一个面板", en: "next pane"),
      KeyBinding(.character("h"), "previous-pane", zh: "上一个面板", en: "previous pane"),
      KeyBinding(.left, "previous-pane", zh: "上一个面板", en: "previous pane"),
    ]

  private static let commandKeys: [KeyBinding] = [
    KeyBinding(.character("/"), "search", zh: "搜索", en: "search", hint: true),
    KeyBinding(.character("n"), "next-match", zh: "下一个匹配", en: "next match"),
    KeyBinding(.character("N"), "previous-match", zh: "上一个匹配", en: "previous match"),
    KeyBinding(
      .character("s"), "cycle-sort", zh: "切换排序（原文顺序、数值、单位）", en: "cycle sort (text order, value, unit)"),
    KeyBinding(.character("f"), "filter-dimension", zh: "按维度筛选", en: "filter by dimension"),
    KeyBinding(.character("t"), "targets-only", zh: "只看目标值", en: "targets only"),
    KeyBinding(.character("L"), "toggle-language", zh: "切换中文/英文", en: "switch Chinese/English", hint: true),
    KeyBinding(.character("r"), "reload", zh: "重新加载文件", en: "reload files"),
    KeyBinding(.character("p"), "presentation", zh: "演示模式（预留）", en: "presentation mode (reserved)"),
    KeyBinding(.character("m"), "mark", zh: "标记当前行（预留）", en: "mark row (reserved)"),
    KeyBinding(.character("M"), "show-marks", zh: "查看标记（预留）", en: "list marks (reserved)"),
  ]
}
