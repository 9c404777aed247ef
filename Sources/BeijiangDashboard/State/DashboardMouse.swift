import BeijiangUI

extension DashboardState {
  /// Click a tab, a list tab, a card or a row (as the frame on screen showed them); the wheel
  /// scrolls the focused list.
  mutating func handlePointer(_ mouse: MouseEvent, on hit: DashboardHit?) {
    if let current = slide, case .none = overlay {
      // On a slide a click or the wheel steps, as a presenter's remote would.
      _ = performInPresentation(mouse.kind == .wheelUp ? .previousSlide : .nextSlide, current)
      return
    }
    guard case .none = overlay else {
      if mouse.kind == .click, case .help = overlay { closeHelp() }
      return
    }
    switch mouse.kind {
    case .wheelDown: move(by: 3)
    case .wheelUp: move(by: -3)
    case .click: if let hit { click(hit) }
    }
  }

  mutating func click(_ hit: DashboardHit) {
    switch hit {
    case .tab(let index): showPane(index)
    case .card(let index):
      guard pane == 0 else { return }
      if overviewSelection == index { showPane(index + 1) } else { overviewSelection = index }
    case .listTab(let list): if pane > 0 { focus = list }
    case .row(let row):
      guard pane > 0 else { return }
      if selection(pane, focus) == row { open() } else { select(row, in: pane, focus) }
    }
  }
}
