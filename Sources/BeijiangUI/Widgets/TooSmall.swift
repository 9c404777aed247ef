/// Shown instead of the interface when the terminal is below the minimum size.
public enum TooSmall {
  /// Clears `area` and centres the message, wrapped if the area is narrow.
  public static func draw(
    need: (width: Int, height: Int), area: Rect, buffer: inout Buffer, theme: Theme, language: Language,
    strings: StringTable = .toolkit
  ) {
    buffer.fill(area, style: theme.base)
    let message = strings.format(
      "ui.tooSmall", language,
      ["need": "\(need.width)x\(need.height)", "have": "\(area.width)x\(area.height)"])
    let lines = TextWrapper.wrap(message, width: max(1, area.width), policy: buffer.policy)
    let top = area.y + max(0, (area.height - lines.count) / 2)
    for (index, line) in lines.prefix(area.height).enumerated() {
      let x = area.x + max(0, (area.width - line.width) / 2)
      buffer.put(line.text, x: x, y: top + index, style: theme.warning, within: area)
    }
  }
}
