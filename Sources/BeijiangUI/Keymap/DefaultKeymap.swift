extension Keymap {
  /// The generic keys every screen built with the toolkit understands: movement, open and back, help
  /// and quit. An application puts its own bindings around these (see `Keymap.dashboard`).
  public static let standard = Keymap(movementKeys + navigationKeys + helpAndQuitKeys + helpOverlayKeys)

  /// j/k, arrows, g/G, Home/End, PgUp/PgDn, Ctrl-D/Ctrl-U.
  public static let movementKeys: [KeyBinding] = [
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

  /// Enter opens what is selected; Esc goes back.
  public static let navigationKeys: [KeyBinding] = [
    KeyBinding(.enter, .open, zh: "查看详情", en: "open detail", hint: true),
    KeyBinding(.escape, .back, zh: "返回", en: "back"),
  ]

  public static let helpAndQuitKeys: [KeyBinding] = [
    KeyBinding(.character("?"), .help, zh: "帮助", en: "help", hint: true),
    KeyBinding(.character("q"), .quit, zh: "退出", en: "quit", hint: true),
  ]

  /// In the help overlay Esc, ? and q close it.
  public static let helpOverlayKeys: [KeyBinding] = [
    KeyBinding(.escape, .back, zh: "关闭帮助", en: "close help", scope: .help, hint: true),
    KeyBinding(.character("?"), .back, zh: "关闭帮助", en: "close help", scope: .help),
    KeyBinding(.character("q"), .back, zh: "关闭帮助", en: "close help", scope: .help),
  ]
}
