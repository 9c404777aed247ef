import BeijiangUI

extension Action {
  /// Presentation mode: the next and the previous slide.
  public static let nextSlide: Action = "next-slide"
  public static let previousSlide: Action = "previous-slide"
}

extension KeyScope {
  /// The slides of presentation mode.
  public static let present: KeyScope = "present"
  /// The list of marks (`M`).
  public static let marks: KeyScope = "marks"
}

extension DashboardState {
  /// One slide per pane: the title slide, then each project.
  public var slideCount: Int { paneCount }

  /// Opens presentation mode at `slide` (the pane shown now, when nil).
  public mutating func startPresentation(at slide: Int? = nil, only: Bool = false) {
    self.slide = min(max(0, slide ?? pane), max(0, slideCount - 1))
    presentOnly = only
    overlay = .none
  }

  mutating func performInPresentation(_ action: Action, _ current: Int) -> DashboardCommand? {
    switch action {
    case .nextSlide: slide = min(current + 1, slideCount - 1)
    case .previousSlide: slide = max(current - 1, 0)
    case .top: slide = 0
    case .bottom: slide = slideCount - 1
    case .back:
      if presentOnly { return .quit }
      // Back in the dashboard on the pane of the last slide, so the talk can continue from there.
      pane = current
      slide = nil
    case .quit: return .quit
    case .toggleLanguage: settings.language = language.toggled
    case .help: overlay = .help
    default:
      if let number = action.paneNumber, number >= 1 && number <= slideCount { slide = number - 1 }
    }
    return nil
  }
}
