import BeijiangUI

/// The demo's own keys around the toolkit's generic ones: an application defines its actions, the
/// toolkit only dispatches them.
enum DemoKeys {
  static let nextTab: Action = "next-tab"
  static let previousTab: Action = "previous-tab"
  static let toggleLanguage: Action = "toggle-language"

  static func tab(_ number: Int) -> Action { Action(rawValue: "tab-\(number)") }
  static func tabNumber(_ action: Action) -> Int? {
    action.rawValue.hasPrefix("tab-") ? Int(action.rawValue.dropFirst("tab-".count)) : nil
  }

  static let keymap = Keymap(
    (1...DemoState.tabs.count).map {
      KeyBinding(.character(Character(String($0))), tab($0), zh: "第 N 个标签", en: "tab N")
    }
      + [
        KeyBinding(.tab, nextTab, zh: "下一个标签", en: "next tab", hint: true),
        KeyBinding(.backTab, previousTab, zh: "上一个标签", en: "previous tab"),
        KeyBinding(.character("L"), toggleLanguage, zh: "切换中文/英文", en: "switch Chinese/English", hint: true),
      ] + Keymap.standard.bindings)
}
