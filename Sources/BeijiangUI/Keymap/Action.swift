/// What a key does, by name. Open-ended: the toolkit names only the generic actions (movement, open,
/// back, help, quit) and an application adds its own; the names are what keymap files use.
public struct Action: RawRepresentable, Sendable, Codable, Hashable, ExpressibleByStringLiteral {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { rawValue = value }

  public static let moveDown: Action = "move-down"
  public static let moveUp: Action = "move-up"
  public static let top: Action = "top"
  public static let bottom: Action = "bottom"
  public static let pageDown: Action = "page-down"
  public static let pageUp: Action = "page-up"
  public static let halfPageDown: Action = "half-page-down"
  public static let halfPageUp: Action = "half-page-up"
  public static let open: Action = "open"
  public static let back: Action = "back"
  public static let help: Action = "help"
  public static let quit: Action = "quit"
}

/// Where a binding applies. Bindings in `.global` apply everywhere unless the current scope binds the
/// same key. Applications add scopes of their own (a detail view, a search field).
public struct KeyScope: RawRepresentable, Sendable, Codable, Hashable, ExpressibleByStringLiteral {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { rawValue = value }

  public static let global: KeyScope = "global"
  /// A screen with rows (tables, lists).
  public static let list: KeyScope = "list"
  /// The help overlay.
  public static let help: KeyScope = "help"
}
