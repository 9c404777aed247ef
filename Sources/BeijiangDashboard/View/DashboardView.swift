import BeijiangUI

/// Draws a frame: `view(state) -> Buffer`. A pure function of the state; the terminal backend only
/// sends the rows that changed.
public enum DashboardView {
  public static func render(_ state: DashboardState) -> Buffer { frame(state).buffer }

  /// The frame and its hit map: what a click at any cell means, recorded as the frame is drawn.
  public static func frame(_ state: DashboardState) -> DashboardFrame {
    var buffer = Buffer(width: state.width, height: state.height, policy: state.settings.policy)
    var hits = HitMap<DashboardHit>()
    let theme = state.theme
    let layout = ScreenLayout(width: state.width, height: state.height)
    guard !layout.isTooSmall else {
      TooSmall.draw(
        need: ScreenLayout.minimum, area: buffer.area, buffer: &buffer, theme: theme,
        language: state.language,
        strings: state.strings)
      return DashboardFrame(buffer: buffer, hits: hits)
    }
    buffer.fill(buffer.area, style: theme.base)
    if let slide = state.slide {
      SlideView.draw(state, slide: slide, area: buffer.area.inset(bottom: 1), buffer: &buffer)
      HintBar.draw(state.hints, area: layout.hintBar, buffer: &buffer, theme: theme)
      OverlayView.draw(state, area: layout.body, buffer: &buffer)
      return DashboardFrame(buffer: buffer, hits: hits)
    }
    let tabs = TabBar.draw(
      tabs: state.tabTitles, selected: state.pane, area: layout.tabBar, buffer: &buffer, theme: theme)
    for (index, rect) in tabs.enumerated() { if let rect { hits.add(rect, .tab(index)) } }
    drawHeader(state, area: layout.header, buffer: &buffer)
    if state.pane == 0 {
      let cards = OverviewView.draw(state, area: layout.body, stacked: layout.isStacked, buffer: &buffer)
      for (index, rect) in cards.enumerated() { hits.add(rect, .card(index)) }
    } else {
      let pane = ProjectPaneView.draw(state, area: layout.body, stacked: layout.isStacked, buffer: &buffer)
      for (list, rect) in pane.listTabs { hits.add(rect, .listTab(list)) }
      for row in pane.rows { hits.add(row.rect, .row(row.row)) }
    }
    drawHintBar(state, area: layout.hintBar, buffer: &buffer)
    OverlayView.draw(state, area: layout.body, buffer: &buffer)
    return DashboardFrame(buffer: buffer, hits: hits)
  }

  /// The keys, or what the last key did (copied, the editor's outcome) until the next key.
  static func drawHintBar(_ state: DashboardState, area: Rect, buffer: inout Buffer) {
    guard let notice = state.notice else {
      HintBar.draw(state.hints, area: area, buffer: &buffer, theme: state.theme)
      return
    }
    buffer.fill(area, style: state.theme.base)
    buffer.put(
      DisplayWidth.truncate(
        notice, to: area.width - 1, ellipsis: state.theme.glyphs.ellipsis, policy: buffer.policy),
      x: area.x + 1, y: area.y, style: state.theme.emphasis, within: area)
  }

  /// Title and reference date on the left; sort, filter and status on the right. When the row is
  /// short the sort and filter marks go first, then the title is cut (with an ellipsis); the date
  /// stays whole as long as it fits at all. A status (a marks problem, a reload error) stays: it is
  /// what the reader needs to see now, and it goes away with the next key.
  static func drawHeader(_ state: DashboardState, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    var right: [String] = []
    if state.pane > 0 {
      // The sort orders the figures only; the filters act on the cards above every list too.
      if state.focus == .metrics {
        right.append("\(state.text("header.sort")): \(state.text("sort.\(state.sort.rawValue)"))")
      }
      if let filter = state.dimensionFilter {
        right.append("\(state.text("header.filter")): \(state.dimensionName(filter))")
      }
      if state.targetsOnly { right.append(state.text("header.targets")) }
    }
    if let status = state.status { right = [status] }
    // The title may be cut; what follows it (the date, the article count, loading) is kept whole.
    let parts = state.headerParts
    let fixed = buffer.measure(parts.detail)
    var rightText = right.joined(separator: "  ")
    let titleRoom = 8
    if state.status == nil, titleRoom + fixed + buffer.measure(rightText) + 1 > area.width { rightText = "" }
    let rightWidth = min(
      buffer.measure(rightText), state.status == nil ? area.width : max(area.width / 2, area.width - 12))
    let leftRoom = max(0, area.width - rightWidth - (rightWidth > 0 ? 1 : 0))
    let title = Label.fit(parts.title, columns: max(0, leftRoom - fixed), theme: theme, policy: buffer.policy)
    let left = Label.fit(title + parts.detail, columns: leftRoom, theme: theme, policy: buffer.policy)
    buffer.put(left, x: area.x, y: area.y, style: theme.title, within: area)
    Label.draw(
      rightText, x: area.right - rightWidth, y: area.y, area: area,
      style: state.status == nil ? theme.muted : theme.warning, buffer: &buffer, theme: theme)
  }
}

extension DashboardState {
  /// Tab titles: the overview, then each project, in the interface language.
  var tabTitles: [String] { content.digests.map(shortName) }

  /// The hint bar's keys: help, the slides and the marks list show only their own (the panes'
  /// keys do nothing there). Two hinted keys of one action share an entry (`Esc/Enter  返回`).
  var hints: [HelpEntry] {
    let keymap = settings.keymap
    let candidates =
      [.help, .present, .marks].contains(keyScope)
      ? keymap.bindings.filter { $0.scope == keyScope } : keymap.bindings(in: keyScope)
    // Only keys that work here: Tab, / and ] do nothing in the detail view, ] on the overview.
    var entries: [HelpEntry] = []
    var entryOfAction: [Action: Int] = [:]
    for binding in candidates where binding.showsInHintBar && isAvailable(binding.action) {
      if let index = entryOfAction[binding.action] {
        if binding.scope == keyScope { entries[index].keys += "/" + binding.key.label }
        continue
      }
      entryOfAction[binding.action] = entries.count
      entries.append(HelpEntry(keys: binding.key.label, text: binding.help[language]))
    }
    return entries
  }

  /// The key scope of what has focus now: an overlay's, else a list's.
  public var keyScope: KeyScope {
    switch overlay {
    case .none: slide == nil ? .list : .present
    case .help: .help
    case .marks: .marks
    case .detail: .detail
    case .search: .search
    case .documents: .documents
    }
  }
}
