import BeijiangUI

extension Action {
  /// Quit from anywhere at once (`Q`); `q` on an overlay or the slides only closes it.
  public static let quitNow: Action = "quit-now"
}

/// Which keys act on the screen shown now, and what `q` does over an overlay: the hint bar shows
/// only keys that work, a key that does nothing here says so, and a slip of `q` in a meeting closes
/// the overlay instead of ending the program.
extension DashboardState {
  /// Actions of a project pane's lists; on the overview they do nothing.
  static let paneOnlyActions: Set<Action> = [
    .nextList, .previousList, .cycleSort, .filterDimension, .targetsOnly,
  ]
  /// What the detail view acts on.
  static let detailActions: Set<Action> = [
    .back, .open, .quit, .quitNow, .moveDown, .moveUp, .toggleLanguage, .copy, .edit, .help,
  ]

  /// What the search box acts on; letters are typed into the query.
  static let searchActions: Set<Action> = [.back, .open, .moveDown, .moveUp, .quitNow]

  /// Whether `action` does something on the screen shown now.
  func isAvailable(_ action: Action) -> Bool {
    switch keyScope {
    case .detail: Self.detailActions.contains(action)
    case .search: Self.searchActions.contains(action)
    case .list:
      pane == 0 ? !Self.paneOnlyActions.contains(action) : action != .cycleSort || focus == .metrics
    default: true
    }
  }

  /// Handles what comes before the screen's own keys: `Q`, `q` over an overlay, help from an
  /// overlay, scrolling the help, and keys that do nothing here. Nil when the screen handles it.
  mutating func performGuarded(_ action: Action) -> DashboardCommand?? {
    if action == .quitNow { return .some(.quit) }
    if case .help = overlay, let step = helpStep(action) {
      helpScroll = max(0, helpScroll + step)
      return .some(nil)
    }
    if action == .quit, overlay != .none || slide != nil { return .some(closeBeforeQuitting()) }
    if action == .help, overlay == .none {
      helpScroll = 0
      overlayUnderHelp = nil
    }
    if action == .help, overlay != .none, overlay != .help {
      overlayUnderHelp = overlay
      overlay = .help
      helpScroll = 0
      return .some(nil)
    }
    guard isAvailable(action) else {
      notice = text(refusal)
      return .some(nil)
    }
    return nil
  }

  /// What a key that does nothing here says: where it does not work.
  private var refusal: String {
    switch keyScope {
    case .detail: "status.notInDetail"
    case .search: "status.notInSearch"
    default: pane == 0 ? "status.notInOverview" : "status.notInList"
    }
  }

  /// The overlay or the slides close; the next `q` (on the panes) quits, and the hint bar says so.
  mutating func closeBeforeQuitting() -> DashboardCommand? {
    if overlay == .help, overlayUnderHelp != nil {
      closeHelp()
      return nil
    }
    if overlay != .none {
      overlay = .none
    } else if let current = slide {
      if let command = performInPresentation(.back, current) { return command }
    }
    notice = text("status.quitAgain")
    return nil
  }

  /// The help goes; what it was opened on (a detail view, the marks) comes back.
  mutating func closeHelp() {
    overlay = overlayUnderHelp ?? .none
    overlayUnderHelp = nil
  }

  private func helpStep(_ action: Action) -> Int? {
    switch action {
    case .moveDown: 1
    case .moveUp: -1
    case .pageDown, .halfPageDown: max(1, height / 2)
    case .pageUp, .halfPageUp: -max(1, height / 2)
    case .top: -Int.max / 2
    default: nil
    }
  }
}
