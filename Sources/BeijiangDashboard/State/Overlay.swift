/// What covers the panes, if anything.
public enum Overlay: Sendable, Equatable {
  case none
  case help
  case detail(DetailTarget)
  case search(SearchState)
  /// The Documents pane: the articles (or the series across them), sorted and filtered.
  case documents(DocumentsPane)
  /// The list of marked items (`M`), with the chosen line.
  case marks(selected: Int)
}

/// The item a detail view shows: a row of a list in a pane.
public struct DetailTarget: Sendable, Equatable {
  public var pane: Int
  public var list: ProjectList
  public var row: Int
}

/// A search being typed, or the last one, for `n` and `N`.
public struct SearchState: Sendable, Equatable {
  public var query: String = ""
  public var results: [SearchResult] = []
  public var selected: Int = 0
}

/// Where a search match is: a pane, a list and a row, with text to show.
public struct SearchResult: Sendable, Equatable {
  public var pane: Int
  public var list: ProjectList
  public var row: Int
  public var label: String
}
