/// A row of tabs, the selected one highlighted, labelled `1 总览`, `2 …` so the number key is visible.
public enum TabBar {
  /// Draws the tabs on the first row of `area` and returns each visible tab's rectangle (nil for a tab
  /// that did not fit), for mouse clicks. When the tabs are too wide, labels shrink to fit, keeping the
  /// selected one whole when possible.
  @discardableResult
  public static func draw(
    tabs: [String], selected: Int, area: Rect, buffer: inout Buffer, theme: Theme, numbered: Bool = true
  ) -> [Rect?] {
    guard !area.isEmpty, !tabs.isEmpty else { return tabs.map { _ in nil } }
    buffer.fill(area.row(0), style: theme.base)
    let labels = fittedLabels(
      tabs, numbered: numbered, width: area.width, selected: selected, buffer: buffer,
      ellipsis: theme.glyphs.ellipsis)
    var rects: [Rect?] = []
    var x = area.x
    for (index, label) in labels.enumerated() {
      let width = buffer.measure(label)
      guard !label.isEmpty, x + width <= area.right else {
        rects.append(nil)
        continue
      }
      let style = index == selected ? theme.tabActive : theme.tabInactive
      buffer.put(label, x: x, y: area.y, style: style, within: area)
      rects.append(Rect(x: x, y: area.y, width: width, height: 1))
      x += width + 1
    }
    return rects
  }

  /// The index of the tab under (x, y), given the rectangles `draw` returned.
  public static func tab(at x: Int, _ y: Int, in rects: [Rect?]) -> Int? {
    rects.firstIndex { $0?.contains(x: x, y: y) == true }
  }

  /// " 1 标签 " per tab; when they do not fit, unselected labels are cut to a shared width first
  /// (with an ellipsis, or down to the number alone: the number is the key), then tabs are dropped
  /// from the end.
  static func fittedLabels(
    _ tabs: [String], numbered: Bool, width: Int, selected requested: Int, buffer: Buffer,
    ellipsis: String = "…"
  ) -> [String] {
    let selected = tabs.indices.contains(requested) ? requested : 0
    let prefixes = tabs.indices.map { numbered && $0 < 9 ? "\($0 + 1) " : "" }
    var full = tabs.indices.map { " " + prefixes[$0] + tabs[$0] + " " }
    let total = full.map(buffer.measure).reduce(0, +) + tabs.count - 1
    guard total > width else { return full }
    if buffer.measure(full[selected]) > width {
      // Not even the selected tab fits: show as much of it as there is room for.
      let name = DisplayWidth.truncate(
        prefixes[selected] + tabs[selected], to: max(0, width - 2), ellipsis: ellipsis, policy: buffer.policy)
      full[selected] = width >= 3 ? " " + name + " " : name
    }
    let fixed = buffer.measure(full[selected])
    let others = max(1, tabs.count - 1)
    let share = max(0, (width - fixed - (tabs.count - 1)) / others)
    return tabs.indices.map { index in
      if index == selected { return full[index] }
      let room = share - 2 - buffer.measure(prefixes[index])
      guard room >= 2 else { return share >= 3 ? " " + String(prefixes[index].prefix(1)) + " " : "" }
      let name = DisplayWidth.truncate(tabs[index], to: room, ellipsis: ellipsis, policy: buffer.policy)
      guard name != ellipsis else { return " " + String(prefixes[index].prefix(1)) + " " }
      return " " + prefixes[index] + name + " "
    }
  }
}
