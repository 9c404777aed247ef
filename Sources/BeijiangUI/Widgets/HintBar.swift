/// The bottom row: `key label` pairs, as many as fit. The help key (`?`) always stays: when the
/// row is short, the entries before it give way, so a reader can always find the rest.
public enum HintBar {
  public static func draw(_ items: [HelpEntry], area: Rect, buffer: inout Buffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    buffer.fill(row, style: theme.hintLabel)
    func width(_ item: HelpEntry) -> Int {
      buffer.measure(" " + item.keys + " ") + buffer.measure(item.text) + 1
    }
    let help = items.firstIndex { $0.keys == "?" }
    let total = items.map(width).reduce(0, +) + 2 * max(0, items.count - 1)
    var shown = items
    if total > row.width, let help {
      // Keep `?` last and fill the rest of the row with the entries in their order.
      let reserved = width(items[help]) + 2
      var room = row.width - reserved
      shown = []
      for (index, item) in items.enumerated() where index != help {
        guard width(item) + 2 <= room else { break }
        shown.append(item)
        room -= width(item) + 2
      }
      shown.append(items[help])
    }
    var x = row.x
    for item in shown {
      let key = " " + item.keys + " "
      guard x + width(item) <= row.right else {
        if item.keys == "?" {
          buffer.put(
            key, x: max(row.x, row.right - buffer.measure(key)), y: row.y, style: theme.hintKey, within: row)
        }
        break
      }
      x = buffer.put(key, x: x, y: row.y, style: theme.hintKey, within: row)
      x = buffer.put(" " + item.text + "  ", x: x, y: row.y, style: theme.hintLabel, within: row)
    }
  }
}
