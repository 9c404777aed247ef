/// One bar: a label, the value that sets its length and the text shown beside it.
public struct BarItem: Sendable, Equatable {
  public var label: String
  public var value: Double
  public var formattedValue: String

  public init(label: String, value: Double, formattedValue: String) {
    self.label = label
    self.value = value
    self.formattedValue = formattedValue
  }
}

/// Horizontal bars, one per row: `label  ████████▍    1300万亩`, lengths relative to the largest value.
public enum BarChart {
  public static func draw(_ items: [BarItem], area: Rect, buffer: inout Buffer, theme: Theme) {
    guard !area.isEmpty, !items.isEmpty else { return }
    let labelWidth = min(items.map { buffer.measure($0.label) }.max() ?? 0, max(0, area.width / 3))
    let valueWidth = min(items.map { buffer.measure($0.formattedValue) }.max() ?? 0, max(0, area.width / 3))
    let barWidth = max(0, area.width - labelWidth - valueWidth - 2)
    let largest = items.map(\.value).max() ?? 0
    for (line, item) in items.prefix(area.height).enumerated() {
      let y = area.y + line
      let label = DisplayWidth.pad(item.label, to: labelWidth, policy: buffer.policy)
      buffer.put(label, x: area.x, y: y, style: theme.base, within: area)
      let bar = barText(
        fraction: largest > 0 ? max(0, item.value) / largest : 0, width: barWidth, glyphs: theme.glyphs)
      buffer.put(bar, x: area.x + labelWidth + 1, y: y, style: theme.bar, clipWidth: barWidth, within: area)
      let value = DisplayWidth.pad(
        item.formattedValue, to: valueWidth, alignment: .right, policy: buffer.policy)
      buffer.put(value, x: area.right - valueWidth, y: y, style: theme.emphasis, within: area)
    }
  }

  /// A bar of `fraction` of `width` cells, using eighth blocks for the last cell when the glyphs have them.
  static func barText(fraction: Double, width: Int, glyphs: Glyphs) -> String {
    let clamped = min(1, max(0, fraction.isFinite ? fraction : 0))
    let steps = glyphs.barEighths.isEmpty ? 1 : 8
    let units = Int((clamped * Double(width * steps)).rounded())
    var text = String(repeating: glyphs.barFull, count: units / steps)
    let rest = units % steps
    if rest > 0 { text += glyphs.barEighths[rest - 1] }
    if text.isEmpty && clamped > 0 && width > 0 { text = glyphs.barEighths.first ?? glyphs.barFull }
    return text
  }
}
