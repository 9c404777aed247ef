/// One line of text that never loses its end silently: cut to the columns left in its area by
/// display width, with the theme's ellipsis (… or ~) where it was cut.
public enum Label {
  /// Draws `text` at `x`, `y`, no wider than what is left of `area` from `x` (or `maxWidth`);
  /// returns the next column.
  @discardableResult
  public static func draw(
    _ text: String, x: Int, y: Int, area: Rect, style: Style, buffer: inout Buffer, theme: Theme,
    maxWidth: Int? = nil
  ) -> Int {
    let room = min(area.right - x, maxWidth ?? Int.max)
    guard room > 0, y >= area.y, y < area.bottom else { return x }
    let fitted = DisplayWidth.truncate(text, to: room, ellipsis: theme.glyphs.ellipsis, policy: buffer.policy)
    return buffer.put(fitted, x: x, y: y, style: style, within: area)
  }

  /// The text cut to `columns` with the theme's ellipsis, for callers that lay out several parts.
  public static func fit(_ text: String, columns: Int, theme: Theme, policy: WidthPolicy) -> String {
    DisplayWidth.truncate(text, to: columns, ellipsis: theme.glyphs.ellipsis, policy: policy)
  }
}
