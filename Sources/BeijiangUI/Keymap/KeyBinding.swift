/// One row of the keymap: a key, what it does, where, and how help and the hint bar describe it.
public struct KeyBinding: Sendable, Codable, Hashable {
  public var key: Key
  public var action: Action
  public var help: LocalizedText
  public var scope: KeyScope
  /// Whether the hint bar shows this binding (help always lists every binding).
  public var showsInHintBar: Bool

  public init(
    _ key: Key, _ action: Action, zh: String, en: String, scope: KeyScope = .global, hint: Bool = false
  ) {
    self.key = key
    self.action = action
    help = LocalizedText(zh: zh, en: en)
    self.scope = scope
    showsInHintBar = hint
  }
}
