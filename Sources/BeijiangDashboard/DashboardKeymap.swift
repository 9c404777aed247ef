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
    var bindings = Keymap.standard.bindings
    bindings += [
      KeyBinding(.character("]"), .nextList, zh: "下一个列表", en: "next list", hint: true),
      KeyBinding(.character("["), .previousList, zh: "上一个列表", en: "previous list"),
      KeyBinding(.character("d"), .documents, zh: "选择文档", en: "choose document"),
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
