import BeijiangUI

/// The help's lines: a section per screen and overlay (panes, detail, search, marks, slides), then
/// the mouse, each generated from the keymap so the help never promises a key that is not bound.
extension DashboardState {
  var helpEntries: [HelpEntry] {
    let keymap = settings.keymap
    func section(_ id: String, _ entries: [HelpEntry]) -> [HelpEntry] {
      // Chinese sets a heading in 【】; English, which has no such brackets, in capitals.
      let heading = language == .zh ? "【\(text(id))】" : text(id).uppercased()
      return entries.isEmpty ? [] : [HelpEntry(keys: "", text: heading)] + entries
    }
    if slide != nil {
      // On the slides only their keys: the panes' would mislead a presenter.
      return keymap.ownHelpEntries(in: .present, language: language)
    }
    let detail = Self.detailEntries(keymap, language: language)
    var lines = section("help.section.panes", keymap.helpEntries(in: .list, language: language))
    lines += section("help.section.detail", detail)
    lines += section("help.section.search", keymap.ownHelpEntries(in: .search, language: language))
    lines += section("help.section.marks", keymap.ownHelpEntries(in: .marks, language: language))
    lines += section("help.section.present", keymap.ownHelpEntries(in: .present, language: language))
    lines += section(
      "help.section.mouse",
      [
        HelpEntry(keys: text("help.mouse.click"), text: text("help.mouse.clickText")),
        HelpEntry(keys: text("help.mouse.wheel"), text: text("help.mouse.wheelText")),
        HelpEntry(keys: text("help.mouse.slide"), text: text("help.mouse.slideText")),
      ])
    return lines
  }

  /// The detail view's keys: its own, and the global ones it acts on (L, y, e, ?, Q), one line per
  /// action with its keys joined (`Esc/Enter  返回`).
  static func detailEntries(_ keymap: Keymap, language: Language) -> [HelpEntry] {
    var entries: [HelpEntry] = []
    var entryOfAction: [Action: Int] = [:]
    for binding in keymap.bindings(in: .detail) where detailActions.contains(binding.action) {
      if let index = entryOfAction[binding.action] {
        entries[index].keys += "/" + binding.key.label
      } else if binding.action != .open {
        entryOfAction[binding.action] = entries.count
        entries.append(HelpEntry(keys: binding.key.label, text: binding.help[language]))
      }
    }
    return entries
  }
}
