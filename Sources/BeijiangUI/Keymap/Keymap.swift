/// The key bindings: data that drives dispatch, the hint bar, the help overlay and the docs alike.
public struct Keymap: Sendable, Equatable {
  public private(set) var bindings: [KeyBinding]

  /// Scopes where printable characters are text being typed: they never fall back to global bindings.
  public var textEntryScopes: Set<KeyScope>

  public init(_ bindings: [KeyBinding], textEntryScopes: Set<KeyScope> = []) {
    self.bindings = bindings
    self.textEntryScopes = textEntryScopes
  }

  /// The action for `key` in `scope`: a binding in the scope itself wins over a global one.
  public func action(for key: Key, in scope: KeyScope) -> Action? {
    if let own = bindings.first(where: { $0.scope == scope && $0.key == key }) { return own.action }
    guard inheritsGlobal(key, in: scope) else { return nil }
    return bindings.first(where: { $0.scope == .global && $0.key == key })?.action
  }

  /// Bindings that apply in `scope` (its own, then global ones whose key it does not rebind), in table
  /// order.
  public func bindings(in scope: KeyScope) -> [KeyBinding] {
    let own = bindings.filter { $0.scope == scope }
    guard scope != .global else { return own }
    let ownKeys = Set(own.map(\.key))
    return own
      + bindings.filter {
        $0.scope == .global && !ownKeys.contains($0.key) && inheritsGlobal($0.key, in: scope)
      }
  }

  private func inheritsGlobal(_ key: Key, in scope: KeyScope) -> Bool {
    guard scope != .global else { return false }
    if case .character = key, textEntryScopes.contains(scope) { return false }
    return true
  }

  /// The keys bound to `action` in `scope`, for help text such as "j/↓ move down".
  public func keys(for action: Action, in scope: KeyScope) -> [Key] {
    bindings(in: scope).filter { $0.action == action }.map(\.key)
  }

  /// Help lines for `scope`: one per action, its keys joined by "/", in table order.
  public func helpEntries(in scope: KeyScope, language: Language) -> [HelpEntry] {
    var order: [Action] = []
    var keys: [Action: [String]] = [:]
    var text: [Action: String] = [:]
    for binding in bindings(in: scope) {
      if keys[binding.action] == nil { order.append(binding.action) }
      keys[binding.action, default: []].append(binding.key.label)
      if text[binding.action] == nil { text[binding.action] = binding.help[language] }
    }
    let entries = order.map { HelpEntry(keys: keys[$0]!.joined(separator: "/"), text: text[$0]!) }
    return Self.mergingNeighbours(entries)
  }

  /// Neighbouring entries with the same text become one ("1", "2" ... "7" → "1-7"), so help stays short.
  static func mergingNeighbours(_ entries: [HelpEntry]) -> [HelpEntry] {
    var merged: [HelpEntry] = []
    var group: [String] = []
    for (index, entry) in entries.enumerated() {
      group.append(entry.keys)
      let next = index + 1 < entries.count ? entries[index + 1] : nil
      guard next?.text != entry.text else { continue }
      merged.append(HelpEntry(keys: Self.joinedKeys(group), text: entry.text))
      group = []
    }
    return merged
  }

  /// "1/2/3" as "1-3" when the keys are consecutive digits, otherwise joined with "/".
  private static func joinedKeys(_ keys: [String]) -> String {
    let digits = keys.compactMap { $0.count == 1 ? Int($0) : nil }
    if keys.count > 2, digits.count == keys.count,
      zip(digits, digits.dropFirst()).allSatisfy({ $1 == $0 + 1 })
    {
      return "\(digits.first!)-\(digits.last!)"
    }
    return keys.joined(separator: "/")
  }

  /// Hint bar items for `scope`: the bindings marked for it, one per action.
  public func hints(in scope: KeyScope, language: Language) -> [HelpEntry] {
    var seen = Set<Action>()
    return bindings(in: scope).compactMap { binding in
      guard binding.showsInHintBar, seen.insert(binding.action).inserted else { return nil }
      return HelpEntry(keys: binding.key.label, text: binding.help[language])
    }
  }

  /// Binds `key` to `action` in `scope`, replacing whatever that key did there. The help text comes from
  /// an existing binding of the action (or is the action's name).
  public mutating func bind(_ key: Key, to action: Action, in scope: KeyScope) {
    let template = bindings.first { $0.action == action }
    bindings.removeAll { $0.scope == scope && $0.key == key }
    bindings.append(
      KeyBinding(
        key, action, zh: template?.help.zh ?? action.rawValue, en: template?.help.en ?? action.rawValue,
        scope: scope, hint: template?.showsInHintBar ?? false))
  }

  /// Removes whatever `key` does in `scope`.
  public mutating func unbind(_ key: Key, in scope: KeyScope) {
    bindings.removeAll { $0.scope == scope && $0.key == key }
  }

  /// Every action some binding names: what a keymap file may refer to.
  public var knownActions: Set<Action> { Set(bindings.map(\.action)) }
  public var knownScopes: Set<KeyScope> { Set(bindings.map(\.scope)).union([.global]) }
}

/// A line of help: the keys (already labelled) and what they do.
public struct HelpEntry: Sendable, Equatable {
  public var keys: String
  public var text: String

  public init(keys: String, text: String) {
    self.keys = keys
    self.text = text
  }
}
