/// A centred box listing key bindings, drawn over whatever is below it.
public enum HelpOverlay {
  /// Draws `entries` (keys, description) in a box centred in `area`: one column, or two when one is too
  /// tall and two fit side by side; what still does not fit is scrolled by `scroll` rows. Returns the
  /// box's rectangle.
  @discardableResult
  public static func draw(
    title: String, entries: [HelpEntry], footer: String? = nil, scroll: Int = 0, area: Rect,
    buffer: inout Buffer, theme: Theme
  ) -> Rect {
    let keyWidth = min(entries.map { buffer.measure($0.keys) }.max() ?? 0, 20)
    let textWidth = entries.map { buffer.measure($0.text) }.max() ?? 0
    let entryWidth = keyWidth + 2 + textWidth
    let footerRows = footer == nil ? 0 : 1
    let chrome = footerRows + 2
    let twoColumns =
      entries.count + chrome > area.height && entries.count > 1 && entryWidth * 2 + 3 + 4 <= area.width
    let columns = twoColumns ? 2 : 1
    let rowsNeeded = (entries.count + columns - 1) / columns
    let contentWidth = max(
      entryWidth * columns + 3 * (columns - 1), buffer.measure(title) + 4, buffer.measure(footer ?? ""))
    let box = area.centered(width: contentWidth + 4, height: rowsNeeded + chrome)
    guard box.width >= 4, box.height >= 3 else { return .zero }
    buffer.fill(box, style: theme.base)
    let inner = Box.draw(title: title, area: box, buffer: &buffer, theme: theme, focused: true)
      .inset(left: 1, right: 1)
    let listRows = max(0, inner.height - footerRows)
    let first = max(0, min(scroll, rowsNeeded - listRows))
    for column in 0..<columns {
      let x = inner.x + column * (entryWidth + 3)
      let columnEntries = entries.dropFirst(column * rowsNeeded).prefix(rowsNeeded)
      for (line, entry) in columnEntries.dropFirst(first).prefix(listRows).enumerated() {
        let y = inner.y + line
        let keys = DisplayWidth.pad(entry.keys, to: keyWidth, policy: buffer.policy)
        buffer.put(keys, x: x, y: y, style: theme.emphasis, within: inner)
        buffer.put(
          entry.text, x: x + keyWidth + 2, y: y, style: theme.base, clipWidth: textWidth, within: inner)
      }
    }
    if let footer, inner.height > 0 {
      let text = DisplayWidth.truncate(footer, to: inner.width, policy: buffer.policy)
      buffer.put(text, x: inner.x, y: inner.bottom - 1, style: theme.muted, within: inner)
    }
    return box
  }
}
