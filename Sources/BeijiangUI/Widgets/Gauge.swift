/// Progress towards a target: `label ██████░░░░░░ 22% 2000万/9100万平方米`.
public struct GaugeData: Sendable, Equatable {
  public var label: String
  public var current: Double
  public var target: Double
  /// Shown after the percentage, e.g. "2000万 / 9100万平方米".
  public var formattedValues: String

  public init(label: String, current: Double, target: Double, formattedValues: String) {
    self.label = label
    self.current = current
    self.target = target
    self.formattedValues = formattedValues
  }

  /// Percentage of the target reached, rounded down; nil when there is no positive target.
  public var percent: Int? {
    guard target > 0, current.isFinite else { return nil }
    return Int((current / target * 100).rounded(.down))
  }
}

public enum Gauge {
  /// Draws on the first row of `area`; the label and values keep their room and the gauge takes the
  /// rest. Over 100% the gauge is full and the percentage says how far over.
  public static func draw(_ data: GaugeData, area: Rect, buffer: inout Buffer, theme: Theme) {
    guard !area.isEmpty else { return }
    let percentText = data.percent.map { "\($0)%" } ?? "–"
    let tail = " " + percentText + " " + data.formattedValues
    let label = DisplayWidth.truncate(
      data.label, to: area.width / 3, ellipsis: theme.glyphs.ellipsis, policy: buffer.policy)
    let labelWidth = buffer.measure(label)
    let tailWidth = min(buffer.measure(tail), max(0, area.width - labelWidth - 1))
    let gaugeWidth = max(0, area.width - labelWidth - 1 - tailWidth)
    buffer.put(label, x: area.x, y: area.y, style: theme.base, within: area)
    let fraction = data.target > 0 ? min(1, max(0, data.current / data.target)) : 0
    let filled = Int((fraction * Double(gaugeWidth)).rounded(.down))
    let gaugeX = area.x + labelWidth + 1
    buffer.put(
      String(repeating: theme.glyphs.gaugeFilled, count: filled), x: gaugeX, y: area.y,
      style: theme.gaugeFilled, within: area)
    buffer.put(
      String(repeating: theme.glyphs.gaugeEmpty, count: gaugeWidth - filled), x: gaugeX + filled, y: area.y,
      style: theme.gaugeEmpty, within: area)
    buffer.put(
      tail, x: gaugeX + gaugeWidth, y: area.y, style: theme.emphasis, clipWidth: tailWidth, within: area)
  }
}
