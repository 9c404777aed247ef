/// A border around an area, with an optional title in the top edge.
public enum Box {
  /// Draws the border and title; returns the area inside the border. Areas smaller than 2x2 get no
  /// border and are returned whole.
  @discardableResult
  public static func draw(
    title: String? = nil, area: Rect, buffer: inout Buffer, theme: Theme, focused: Bool = false
  ) -> Rect {
    guard area.width >= 2, area.height >= 2 else { return area }
    let glyphs = theme.glyphs
    let style = focused ? theme.focusedBorder : theme.border
    let innerWidth = area.width - 2
    let horizontal = String(repeating: glyphs.horizontal, count: innerWidth)
    buffer.put(
      glyphs.topLeft + horizontal + glyphs.topRight, x: area.x, y: area.y, style: style, within: area)
    buffer.put(
      glyphs.bottomLeft + horizontal + glyphs.bottomRight, x: area.x, y: area.bottom - 1, style: style,
      within: area)
    for y in (area.y + 1)..<(area.bottom - 1) {
      buffer.put(glyphs.vertical, x: area.x, y: y, style: style, within: area)
      buffer.put(glyphs.vertical, x: area.right - 1, y: y, style: style, within: area)
    }
    if let title, innerWidth >= 3 {
      // " title " sits one cell in from the corner and never touches the right corner.
      let text = DisplayWidth.truncate(
        title, to: innerWidth - 3, ellipsis: glyphs.ellipsis, policy: buffer.policy)
      buffer.put(" " + text + " ", x: area.x + 1, y: area.y, style: theme.title, clipWidth: innerWidth)
    }
    return area.inset(by: 1)
  }
}
