/// What a key does, by name. Open-ended so the application can add its own actions; the names are
/// what keymap files use.
public struct Action: RawRepresentable, Sendable, Codable, Hashable, ExpressibleByStringLiteral {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { rawValue = value }

  /// Show pane n (1-based).
  public static func pane(_ number: Int) -> Action { Action(rawValue: "pane-\(number)") }
  public static let nextPane: Action = "next-pane"
  public static let previousPane: Action = "previous-pane"
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
  public static let search: Action = "search"
  public static let nextMatch: Action = "next-match"
  public static let previousMatch: Action = "previous-match"
  public static let cycleSort: Action = "cycle-sort"
  public static let filterDimension: Action = "filter-dimension"
  public static let targetsOnly: Action = "targets-only"
  public static let toggleLanguage: Action = "toggle-language"
  public static let reload: Action = "reload"
  public static let help: Action = "help"
  public static let quit: Action = "quit"
  /// Reserved: presentation mode (big figures, one at a time).
  public static let presentation: Action = "presentation"
  /// Reserved: mark the selected row; list the marks.
  public static let mark: Action = "mark"
  public static let showMarks: Action = "show-marks"
}

/// Where a binding applies. Bindings in `.global` apply everywhere unless the current scope binds the
/// same key.
public struct KeyScope: RawRepresentable, Sendable, Codable, Hashable, ExpressibleByStringLiteral {
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { rawValue = value }

  public static let global: KeyScope = "global"
  /// A pane with rows (tables, lists).
  public static let list: KeyScope = "list"
  /// The detail view opened with Enter.
  public static let detail: KeyScope = "detail"
  /// Typing a search query: only non-printing keys are bound.
  public static let search: KeyScope = "search"
  /// The help overlay.
  public static let help: KeyScope = "help"
}
