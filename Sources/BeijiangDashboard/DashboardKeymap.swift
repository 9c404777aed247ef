import BeijiangUI

extension Action {
  /// Focus the next or previous list inside a project pane.
  public static let nextList: Action = "next-list"
  public static let previousList: Action = "previous-list"
  /// Choose which document the panes show (all, or one).
  public static let documents: Action = "documents"
}

extension Keymap {
  /// The toolkit's standard keys plus the dashboard's own.
  public static let dashboard: Keymap = {
    // The toolkit reserved p, m and M; the dashboard gives them their real help text.
    let reserved: Set<Action> = [.presentation, .mark, .showMarks]
    var bindings = Keymap.standard.bindings.filter { !reserved.contains($0.action) }
    bindings += markAndPresentKeys + presentKeys + marksListKeys
    bindings += [
      KeyBinding(.character("]"), .nextList, zh: "下一个列表", en: "next list", hint: true),
      KeyBinding(.character("["), .previousList, zh: "上一个列表", en: "previous list"),
      KeyBinding(.character("d"), .documents, zh: "选择文档", en: "choose document"),
      KeyBinding(
        .character("y"), .copy, zh: "复制所选数字、日期或引语（含原句）", en: "copy the selected figure, date or quote"),
      KeyBinding(.character("e"), .edit, zh: "在编辑器中打开所选段落", en: "open the selected paragraph in the editor"),
      KeyBinding(.escape, .back, zh: "关闭", en: "close", scope: "documents", hint: true),
      KeyBinding(.enter, .open, zh: "显示所选文档", en: "show the chosen document", scope: "documents", hint: true),
      KeyBinding(.character("j"), .moveDown, zh: "下移", en: "move down", scope: "documents"),
      KeyBinding(.down, .moveDown, zh: "下移", en: "move down", scope: "documents"),
      KeyBinding(.character("k"), .moveUp, zh: "上移", en: "move up", scope: "documents"),
      KeyBinding(.up, .moveUp, zh: "上移", en: "move up", scope: "documents"),
      KeyBinding(.character("j"), .moveDown, zh: "下一条", en: "next item", scope: .detail),
      KeyBinding(.character("k"), .moveUp, zh: "上一条", en: "previous item", scope: .detail),
    ]
    return Keymap(bindings)
  }()
}

extension Keymap {
  static let markAndPresentKeys: [KeyBinding] = [
    KeyBinding(
      .character("p"), .presentation, zh: "演示模式（每个工程一页）", en: "presentation mode (a slide per project)"),
    KeyBinding(
      .character("m"), .mark, zh: "标记/取消标记所选数字、日期或引语", en: "mark or unmark the selected figure, date or quote"
    ),
    KeyBinding(.character("M"), .showMarks, zh: "查看标记", en: "list the marks"),
  ]

  /// Presentation mode: only these keys act on a slide (with q, L and ? as everywhere).
  static let presentKeys: [KeyBinding] =
    [
      KeyBinding(.character(" "), .nextSlide, zh: "下一页", en: "next slide", scope: .present, hint: true),
      KeyBinding(.right, .nextSlide, zh: "下一页", en: "next slide", scope: .present),
      KeyBinding(.pageDown, .nextSlide, zh: "下一页", en: "next slide", scope: .present),
      KeyBinding(.left, .previousSlide, zh: "上一页", en: "previous slide", scope: .present, hint: true),
      KeyBinding(.pageUp, .previousSlide, zh: "上一页", en: "previous slide", scope: .present),
    ]
    + (1...7).map { number in
      KeyBinding(
        .character(Character(String(number))), .pane(number), zh: "跳到第 N 页", en: "jump to slide N",
        scope: .present)
    } + [
      KeyBinding(.escape, .back, zh: "退出演示", en: "leave the slides", scope: .present, hint: true),
      KeyBinding(
        .character("L"), .toggleLanguage, zh: "切换中文/英文", en: "switch Chinese/English", scope: .present),
      KeyBinding(.character("?"), .help, zh: "帮助", en: "help", scope: .present),
      KeyBinding(.character("q"), .quit, zh: "退出", en: "quit", scope: .present, hint: true),
    ]

  /// The marks list.
  static let marksListKeys: [KeyBinding] = [
    KeyBinding(.enter, .open, zh: "跳到标记的行", en: "go to the marked row", scope: .marks, hint: true),
    KeyBinding(.character("m"), .mark, zh: "取消这个标记", en: "unmark this one", scope: .marks, hint: true),
    KeyBinding(.escape, .back, zh: "关闭", en: "close", scope: .marks, hint: true),
    KeyBinding(.character("M"), .back, zh: "关闭", en: "close", scope: .marks),
    KeyBinding(.character("j"), .moveDown, zh: "下移", en: "move down", scope: .marks),
    KeyBinding(.down, .moveDown, zh: "下移", en: "move down", scope: .marks),
    KeyBinding(.character("k"), .moveUp, zh: "上移", en: "move up", scope: .marks),
    KeyBinding(.up, .moveUp, zh: "上移", en: "move up", scope: .marks),
    KeyBinding(.character("q"), .quit, zh: "退出", en: "quit", scope: .marks),
  ]

  /// Help lines of a scope's own bindings only (the slides and the marks list take few keys; the
  /// global ones would only mislead there), one per action, keys joined by "/".
  public func ownHelpEntries(in scope: KeyScope, language: Language) -> [HelpEntry] {
    var order: [Action] = []
    var keys: [Action: [String]] = [:]
    var text: [Action: String] = [:]
    for binding in bindings where binding.scope == scope {
      if keys[binding.action] == nil { order.append(binding.action) }
      keys[binding.action, default: []].append(binding.key.label)
      text[binding.action] = text[binding.action] ?? binding.help[language]
    }
    var entries: [HelpEntry] = []
    for action in order {
      let entry = HelpEntry(keys: keys[action]!.joined(separator: "/"), text: text[action]!)
      // 1-7: one line, as in the dashboard's help.
      if let last = entries.last, last.text == entry.text, let first = last.keys.first, first.isNumber {
        entries[entries.count - 1].keys = "\(first)-\(entry.keys)"
      } else {
        entries.append(entry)
      }
    }
    return entries
  }

  /// Hint bar items of a scope's own bindings.
  public func ownHints(in scope: KeyScope, language: Language) -> [HelpEntry] {
    var seen = Set<Action>()
    return bindings.compactMap { binding in
      guard binding.scope == scope, binding.showsInHintBar, seen.insert(binding.action).inserted else {
        return nil
      }
      return HelpEntry(keys: binding.key.label, text: binding.help[language])
    }
  }
}
