/// A centred box listing key bindings, drawn over whatever is below it.
public enum HelpOverlay {
  /// Draws `entries` in two columns (keys, description) in a box centred in `area`; long lists are
  /// scrolled by `scroll` lines. Returns the box's rectangle.
  @discardableResult
  public static func draw(
    title: String, entries: [HelpEntry], footer: String? = nil, scroll: Int = 0, area: Rect,
    buffer: inout Buffer, theme: Theme
  ) -> Rect {
    let keyWidth = min(entries.map { buffer.measure($0.keys) }.max() ?? 0, 20)
    let textWidth = entries.map { buffer.measure($0.text) }.max() ?? 0
    let contentWidth = max(keyWidth + 2 + textWidth, buffer.measure(title) + 4, buffer.measure(footer ?? ""))
    let footerRows = footer == nil ? 0 : 1
    let box = area.centered(width: contentWidth + 4, height: entries.count + footerRows + 2)
    guard box.width >= 4, box.height >= 3 else { return .zero }
    buffer.fill(box, style: theme.base)
    let inner = Box.draw(title: title, area: box, buffer: &buffer, theme: theme, focused: true)
      .inset(left: 1, right: 1)
    let listRows = max(0, inner.height - footerRows)
    let first = max(0, min(scroll, entries.count - listRows))
    for (line, entry) in entries.dropFirst(first).prefix(listRows).enumerated() {
      let y = inner.y + line
      let keys = DisplayWidth.pad(entry.keys, to: keyWidth, policy: buffer.policy)
      buffer.put(keys, x: inner.x, y: y, style: theme.emphasis, within: inner)
      buffer.put(entry.text, x: inner.x + keyWidth + 2, y: y, style: theme.base, within: inner)
    }
    if let footer, inner.height > 0 {
      let text = DisplayWidth.truncate(footer, to: inner.width, policy: buffer.policy)
      buffer.put(text, x: inner.x, y: inner.bottom - 1, style: theme.muted, within: inner)
    }
    return box
  }
}
