import BeijiangModel
import BeijiangUI

extension Keymap {
  /// The dashboard's keys: the toolkit's generic ones with the dashboard's own around them, one
  /// pane key per pane: the catalogue's projects, the overview among them, each has a pane.
  public static let dashboard = forDashboard(paneCount: ProjectCatalog.bundled.projects.count)

  public static func forDashboard(paneCount: Int) -> Keymap {
    var bindings = paneKeys(count: paneCount) + movementKeys + navigationKeys + commandKeys
    bindings += helpAndQuitKeys + helpOverlayKeys + detailAndSearchKeys
    bindings += markAndPresentKeys + presentKeys(count: paneCount) + marksListKeys + listAndDocumentKeys
    return Keymap(bindings, textEntryScopes: [.search])
  }

  /// Digit keys 1…count (at most 9, one key each) bound to `pane(n)` in `scope`.
  static func digitKeys(count: Int, zh: String, en: String, scope: KeyScope = .global) -> [KeyBinding] {
    (1...max(1, min(count, 9))).map { number in
      KeyBinding(.character(Character(String(number))), .pane(number), zh: zh, en: en, scope: scope)
    }
  }

  static func paneKeys(count: Int) -> [KeyBinding] {
    digitKeys(count: count, zh: "切换到第 N 个面板", en: "show pane N") + [
      KeyBinding(.tab, .nextPane, zh: "下一个面板", en: "next pane", hint: true),
      KeyBinding(.backTab, .previousPane, zh: "上一个面板", en: "previous pane"),
      KeyBinding(.character("l"), .nextPane, zh: "下一个面板", en: "next pane"),
      KeyBinding(.right, .nextPane, zh: "下一个面板", en: "next pane"),
      KeyBinding(.character("h"), .previousPane, zh: "上一个面板", en: "previous pane"),
      KeyBinding(.left, .previousPane, zh: "上一个面板", en: "previous pane"),
    ]
  }

  static let commandKeys: [KeyBinding] = [
    KeyBinding(.character("/"), .search, zh: "搜索", en: "search", hint: true),
    KeyBinding(.character("n"), .nextMatch, zh: "下一个匹配", en: "next match"),
    KeyBinding(.character("N"), .previousMatch, zh: "上一个匹配", en: "previous match"),
    KeyBinding(
      .character("s"), .cycleSort, zh: "切换排序（原文顺序、数值、单位）", en: "cycle sort (text order, value, unit)"),
    KeyBinding(.character("f"), .filterDimension, zh: "按维度筛选", en: "filter by dimension"),
    KeyBinding(.character("t"), .targetsOnly, zh: "只看目标值", en: "targets only"),
    KeyBinding(.character("L"), .toggleLanguage, zh: "切换中文/英文", en: "switch Chinese/English", hint: true),
    KeyBinding(.character("r"), .reload, zh: "重新加载文件", en: "reload files"),
  ]

  static let detailAndSearchKeys: [KeyBinding] = [
    KeyBinding(.escape, .back, zh: "返回", en: "back", scope: .detail, hint: true),
    // Enter on a detail view goes back to the list it came from: there is nothing deeper to open.
    KeyBinding(.enter, .back, zh: "返回", en: "back", scope: .detail, hint: true),
    KeyBinding(.enter, .open, zh: "跳到结果", en: "go to result", scope: .search, hint: true),
    KeyBinding(.escape, .back, zh: "取消搜索", en: "cancel search", scope: .search, hint: true),
    KeyBinding(.down, .moveDown, zh: "下一个结果", en: "next result", scope: .search),
    KeyBinding(.up, .moveUp, zh: "上一个结果", en: "previous result", scope: .search),
  ]

  static let listAndDocumentKeys: [KeyBinding] = [
    KeyBinding(.character("]"), .nextList, zh: "下一个列表", en: "next list", hint: true),
    KeyBinding(.character("["), .previousList, zh: "上一个列表", en: "previous list"),
    KeyBinding(.character("d"), .documents, zh: "选择文档", en: "choose document"),
    KeyBinding(
      .character("y"), .copy, zh: "复制所选数字、日期或引语（含原句）", en: "copy the selected figure, date or quote"),
    KeyBinding(.character("e"), .edit, zh: "在编辑器中打开所选段落", en: "open the selected paragraph in the editor"),
    KeyBinding(.escape, .back, zh: "关闭", en: "close", scope: .documents, hint: true),
    KeyBinding(.enter, .open, zh: "显示所选文档", en: "show the chosen document", scope: .documents, hint: true),
    KeyBinding(.down, .moveDown, zh: "下移", en: "move down", scope: .documents),
    KeyBinding(.up, .moveUp, zh: "上移", en: "move up", scope: .documents),
    KeyBinding(
      .tab, .cycleSort, zh: "排序（原序、日期、标题、长度）", en: "sort (input, date, title, size)", scope: .documents,
      hint: true),
    KeyBinding(.right, .nextList, zh: "文章/序列", en: "articles/series", scope: .documents, hint: true),
    KeyBinding(.left, .previousList, zh: "文章/序列", en: "articles/series", scope: .documents),
    KeyBinding(.character("A"), .allDocuments, zh: "回到全部文档", en: "back to all documents"),
    KeyBinding(.character("j"), .moveDown, zh: "下一条", en: "next item", scope: .detail, hint: true),
    KeyBinding(.character("k"), .moveUp, zh: "上一条", en: "previous item", scope: .detail, hint: true),
    KeyBinding(.character("q"), .quit, zh: "关闭", en: "close", scope: .detail),
    KeyBinding(.character("Q"), .quitNow, zh: "立即退出程序", en: "quit the program now"),
  ]
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
  static func presentKeys(count: Int) -> [KeyBinding] {
    [
      KeyBinding(.character(" "), .nextSlide, zh: "下一页", en: "next slide", scope: .present, hint: true),
      KeyBinding(.right, .nextSlide, zh: "下一页", en: "next slide", scope: .present),
      KeyBinding(.pageDown, .nextSlide, zh: "下一页", en: "next slide", scope: .present),
      KeyBinding(.left, .previousSlide, zh: "上一页", en: "previous slide", scope: .present, hint: true),
      KeyBinding(.pageUp, .previousSlide, zh: "上一页", en: "previous slide", scope: .present),
    ]
      + digitKeys(count: count, zh: "跳到第 N 页", en: "jump to slide N", scope: .present) + [
        KeyBinding(.escape, .back, zh: "退出演示", en: "leave the slides", scope: .present, hint: true),
        KeyBinding(
          .character("L"), .toggleLanguage, zh: "切换中文/英文", en: "switch Chinese/English", scope: .present),
        KeyBinding(.character("?"), .help, zh: "帮助", en: "help", scope: .present),
        KeyBinding(.character("q"), .quit, zh: "关闭演示", en: "close the slides", scope: .present, hint: true),
        KeyBinding(.character("Q"), .quitNow, zh: "立即退出程序", en: "quit the program now", scope: .present),
      ]
  }

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
    KeyBinding(.character("q"), .quit, zh: "关闭", en: "close", scope: .marks),
    KeyBinding(.character("Q"), .quitNow, zh: "立即退出程序", en: "quit the program now", scope: .marks),
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
