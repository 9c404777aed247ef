/// The bottom line of key hints: ` q 退出  ? 帮助 `. Items that do not fit are left out whole.
public enum HintBar {
  public static func draw(_ items: [HelpEntry], area: Rect, buffer: inout Buffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let row = area.row(0)
    buffer.fill(row, style: theme.hintLabel)
    var x = row.x
    for item in items {
      let key = " " + item.keys + " "
      let label = " " + item.text + "  "
      let needed = buffer.measure(key) + buffer.measure(item.text) + 1
      guard x + needed <= row.right else { break }
      x = buffer.put(key, x: x, y: row.y, style: theme.hintKey, within: row)
      x = buffer.put(label, x: x, y: row.y, style: theme.hintLabel, within: row)
    }
  }
}
