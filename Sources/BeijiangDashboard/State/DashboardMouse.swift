import BeijiangUI

extension DashboardState {
  /// Click a tab, a list tab, a card or a row; the wheel scrolls the focused list.
  mutating func handleMouse(_ mouse: MouseEvent) {
    if let current = slide, case .none = overlay {
      // On a slide a click or the wheel steps, as a presenter's remote would.
      _ = performInPresentation(mouse.kind == .wheelUp ? .previousSlide : .nextSlide, current)
      return
    }
    guard case .none = overlay else {
      if mouse.kind == .click, case .help = overlay { overlay = .none }
      return
    }
    switch mouse.kind {
    case .wheelDown: move(by: 3)
    case .wheelUp: move(by: -3)
    case .click: click(x: mouse.x, y: mouse.y)
    }
  }

  mutating func click(x: Int, y: Int) {
    let layout = ScreenLayout(width: width, height: height)
    guard !layout.isTooSmall else { return }
    var scratch = Buffer(width: width, height: height, policy: settings.policy)
    let tabs = TabBar.draw(
      tabs: tabTitles, selected: pane, area: layout.tabBar, buffer: &scratch, theme: theme)
    if let tab = TabBar.tab(at: x, y, in: tabs) {
      showPane(tab)
      return
    }
    if pane == 0 {
      let cards = OverviewLayout(body: layout.body, cardCount: paneCount - 1, stacked: layout.isStacked).cards
      if let index = cards.firstIndex(where: { $0.contains(x: x, y: y) }) {
        if overviewSelection == index { showPane(index + 1) } else { overviewSelection = index }
      }
      return
    }
    let paneLayout = ProjectPaneLayout(body: layout.body, stacked: layout.isStacked)
    for (list, rect) in ProjectPaneView.drawListTabs(self, area: paneLayout.listTabs, buffer: &scratch)
    where rect.contains(x: x, y: y) {
      focus = list
      return
    }
    let inner = paneLayout.list.inset(by: 1)
    let tableLayout = Table.draw(table(focus, pane: pane), area: inner, buffer: &scratch, theme: theme)
    if let row = tableLayout.row(at: x, y) {
      if selection(pane, focus) == row { open() } else { select(row, in: pane, focus) }
    }
  }
}
