import BeijiangUI

/// What a click can land on, as the frame drew it.
public enum DashboardHit: Sendable, Equatable {
  /// The tab of pane n (0 is the overview).
  case tab(Int)
  /// The overview's card of project n (0 is the first project).
  case card(Int)
  /// A list's tab inside a project pane.
  case listTab(ProjectList)
  /// Row n of the focused list.
  case row(Int)
}

/// A drawn frame: the cells, and which thing each clickable region shows.
public struct DashboardFrame: Sendable {
  public var buffer: Buffer
  public var hits: HitMap<DashboardHit>
}
