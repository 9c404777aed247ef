/// Interface strings keyed by id, in Chinese and English.
///
/// The toolkit's own strings are in `StringTable.toolkit`; an application merges its table over it.
/// Templates use `{name}` placeholders, filled by `format`.
public struct StringTable: Sendable, Equatable {
  public private(set) var entries: [String: LocalizedText]

  public init(_ entries: [String: LocalizedText] = [:]) { self.entries = entries }

  /// The text for `id`, or the id itself so a missing entry is visible rather than blank.
  public func text(_ id: String, _ language: Language) -> String { entries[id]?[language] ?? id }

  /// The text for `id` with each `{name}` replaced by `values[name]`.
  public func format(_ id: String, _ language: Language, _ values: [String: String]) -> String {
    var result = text(id, language)
    for (name, value) in values { result = result.replacing("{\(name)}", with: value) }
    return result
  }

  public mutating func add(_ id: String, zh: String, en: String) {
    entries[id] = LocalizedText(zh: zh, en: en)
  }

  /// This table with `other`'s entries added, `other` winning on equal ids.
  public func merging(_ other: StringTable) -> StringTable {
    StringTable(entries.merging(other.entries) { _, new in new })
  }

  /// Strings the toolkit's widgets use.
  public static let toolkit = StringTable([
    "ui.tooSmall": LocalizedText(
      zh: "终端太小：至少需要 {need}（当前 {have}）", en: "too small: need {need} (now {have})"),
    "ui.help.title": LocalizedText(zh: "按键帮助", en: "Keys"),
    "ui.help.close": LocalizedText(zh: "按 Esc 或 ? 关闭", en: "Esc or ? closes"),
    "ui.table.empty": LocalizedText(zh: "（无）", en: "(none)"),
  ])
}
