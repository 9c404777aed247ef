import BeijiangUI

/// The dashboard's own actions (the toolkit knows only movement, open, back, help and quit).
extension Action {
  /// Show pane n (1-based: 1 is the overview, then the catalogue's projects).
  public static func pane(_ number: Int) -> Action { Action(rawValue: "pane-\(number)") }
  /// The pane number of a `pane(_:)` action, or nil for any other action.
  public var paneNumber: Int? {
    rawValue.hasPrefix("pane-") ? Int(rawValue.dropFirst("pane-".count)) : nil
  }
  public static let nextPane: Action = "next-pane"
  public static let previousPane: Action = "previous-pane"
  /// Focus the next or previous list inside a project pane.
  public static let nextList: Action = "next-list"
  public static let previousList: Action = "previous-list"
  public static let search: Action = "search"
  public static let nextMatch: Action = "next-match"
  public static let previousMatch: Action = "previous-match"
  public static let cycleSort: Action = "cycle-sort"
  public static let filterDimension: Action = "filter-dimension"
  public static let targetsOnly: Action = "targets-only"
  public static let toggleLanguage: Action = "toggle-language"
  public static let reload: Action = "reload"
  /// Choose which document the panes show (all, or one).
  public static let documents: Action = "documents"
  /// Show every article again after scoping to one.
  public static let allDocuments: Action = "all-documents"
  /// Presentation mode (a slide per project).
  public static let presentation: Action = "presentation"
  /// Mark the selected row; list the marks.
  public static let mark: Action = "mark"
  public static let showMarks: Action = "show-marks"
}

extension KeyScope {
  /// The detail view opened with Enter.
  public static let detail: KeyScope = "detail"
  /// Typing a search query: printable keys are the query.
  public static let search: KeyScope = "search"
  /// The document chooser (`d`).
  public static let documents: KeyScope = "documents"
}
