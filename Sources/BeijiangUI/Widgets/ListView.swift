/// A scrolling list of one-line items with a selection marker.
public enum ListView {
  /// Draws items from `offset` (adjusted so `selected` is visible) and returns the layout used.
  @discardableResult
  public static func draw(
    _ items: [String], selected: Int?, offset: Int = 0, area: Rect, buffer: inout Buffer, theme: Theme
  ) -> TableLayout {
    guard !area.isEmpty else { return TableLayout(offset: offset, rowRects: [], columnWidths: []) }
    let first = Table.scrollOffset(
      selected: selected, offset: offset, visibleRows: area.height, rowCount: items.count)
    let marker = theme.glyphs.selectionMarker
    let markerWidth = buffer.measure(marker) + 1
    var rects: [RowRect] = []
    for (line, index) in (first..<min(items.count, first + area.height)).enumerated() {
      let rowRect = area.row(line)
      let isSelected = index == selected
      let style = isSelected ? theme.selection : theme.base
      buffer.fill(rowRect, style: style)
      if isSelected { buffer.put(marker, x: area.x, y: rowRect.y, style: style, within: area) }
      let text = DisplayWidth.truncate(
        items[index], to: area.width - markerWidth, ellipsis: theme.glyphs.ellipsis, policy: buffer.policy)
      buffer.put(text, x: area.x + markerWidth, y: rowRect.y, style: style, within: area)
      rects.append(RowRect(row: index, rect: rowRect))
    }
    if first > 0 {
      buffer.put(theme.glyphs.moreAbove, x: area.right - 1, y: area.y, style: theme.muted, within: area)
    }
    if first + area.height < items.count {
      buffer.put(
        theme.glyphs.moreBelow, x: area.right - 1, y: area.bottom - 1, style: theme.muted, within: area)
    }
    return TableLayout(offset: first, rowRects: rects, columnWidths: [area.width])
  }
}
