import BeijiangModel
import BeijiangUI

/// Beside (or below) the focused list: the selected row's source text with the mention
/// highlighted; for figures also a chart of the pane's figures of the same dimension and a gauge
/// when the figure has a target and a current value for the same subject and unit.
enum ContextPanel {
  static func draw(_ state: DashboardState, area: Rect, buffer: inout Buffer) {
    guard area.height >= 3 else { return }
    let theme = state.theme
    let inner = Box.draw(title: state.text("pane.source"), area: area, buffer: &buffer, theme: theme)
    guard let row = state.selection(state.pane, state.focus),
      let source = state.source(state.focus, pane: state.pane, row: row),
      let found = state.paragraph(document: source.document, id: source.paragraph)
    else { return }
    var chartRows = 0
    var gauge: GaugeData?
    var bars: [BarItem] = []
    if state.focus == .metrics {
      let item = state.metricRows(state.pane)[row]
      bars = comparison(state, item)
      gauge = self.gauge(state, item)
      let barRows = min(bars.count >= 2 ? bars.count + 1 : 0, max(0, inner.height / 2 - 1))
      if barRows < 3 { bars = [] }
      chartRows = (bars.isEmpty ? 0 : barRows) + (gauge == nil ? 0 : 2)
    }
    let textArea = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(1, inner.height - chartRows))
    let text =
      state.focus == .entities
      ? entityText(state, row: row, paragraph: found.paragraph) : found.paragraph.text
    let highlights = state.focus == .entities ? [] : state.highlights(found.paragraph, span: source.span)
    let scroll = scrollToHighlight(
      highlights, text: text, width: textArea.width, height: textArea.height, policy: buffer.policy)
    TextBlock.draw(
      text, highlights: highlights, scroll: scroll, area: textArea, buffer: &buffer, theme: theme)
    var y = textArea.bottom
    if let gauge, y + 1 < inner.bottom {
      buffer.put(state.text("pane.gauge"), x: inner.x, y: y, style: theme.header, within: inner)
      Gauge.draw(
        gauge, area: Rect(x: inner.x, y: y + 1, width: inner.width, height: 1), buffer: &buffer, theme: theme)
      y += 2
    }
    if bars.count >= 2, y + 1 < inner.bottom {
      buffer.put(state.text("pane.chart"), x: inner.x, y: y, style: theme.header, within: inner)
      let chartArea = Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.bottom - y - 1)
      BarChart.draw(bars, area: chartArea, buffer: &buffer, theme: theme)
    }
  }

  /// Figures of the pane that compare with `item`, largest first: the same unit, and the same kind
  /// of thing (one series, written in the same paragraph, or labels with the same head noun: 造林
  /// 300万亩 beside 种草 1300万亩, never 18条 beside 10项). Fewer than two make no chart.
  static func comparison(_ state: DashboardState, _ item: MetricItem) -> [BarItem] {
    let peers = (state.digest?.metrics ?? DigestRows()).filter { comparable($0, item, state: state) }
    guard peers.count >= 2 else { return [] }
    return peers.sorted { ($0.metric.quantity.magnitude ?? 0) > ($1.metric.quantity.magnitude ?? 0) }.map {
      BarItem(
        label: state.figureLabel($0) ?? $0.metric.quantity.surface, value: $0.metric.quantity.magnitude ?? 0,
        formattedValue: state.spoken($0))
    }
  }

  static func comparable(_ peer: MetricItem, _ item: MetricItem, state: DashboardState) -> Bool {
    let (a, b) = (peer.metric.quantity, item.metric.quantity)
    guard a.unit != nil, a.unit == b.unit, a.kind == b.kind, a.magnitude != nil, !a.isYear,
      state.figureLabel(peer) != nil, let label = state.figureLabel(item)
    else { return false }
    let series = peer.document == item.document && peer.metric.paragraph == item.metric.paragraph
    return series || state.figureLabel(peer)?.last == label.last
  }

  /// A target and the current value for the same subject and unit (供热覆盖 2000万 of 9100万平方米).
  static func gauge(_ state: DashboardState, _ item: MetricItem) -> GaugeData? {
    let quantity = item.metric.quantity
    let peers = (state.digest?.metrics ?? DigestRows()).filter {
      $0.metric.quantity.unit == quantity.unit && $0.metric.quantity.subject == quantity.subject
        && quantity.subject != nil
    }
    guard let target = peers.first(where: { $0.metric.quantity.role.isForwardLooking }),
      let current = peers.first(where: { !$0.metric.quantity.role.isForwardLooking }),
      let targetValue = target.metric.quantity.magnitude, let currentValue = current.metric.quantity.magnitude
    else { return nil }
    return GaugeData(
      label: quantity.subject ?? "", current: currentValue, target: targetValue,
      formattedValues: "\(state.spoken(current)) / \(state.spoken(target))")
  }

  /// For a named thing: its details and the sentences that mention it.
  static func entityText(_ state: DashboardState, row: Int, paragraph: Paragraph) -> String {
    let item = state.entityRows(state.pane)[row]
    let detail = state.entityDetail(item)
    var lines = [item.label + (detail.isEmpty ? "" : "（\(detail)）")]
    lines.append("\(state.text("pane.mentions")) \(item.mentions.count)")
    return lines.joined(separator: "\n") + "\n" + paragraph.text
  }

  /// The first line to show so the highlight is visible.
  static func scrollToHighlight(
    _ highlights: [Highlight], text: String, width: Int, height: Int, policy: WidthPolicy
  ) -> Int {
    guard let first = highlights.first, width > 0 else { return 0 }
    let lines = TextWrapper.wrap(text, width: width, policy: policy)
    guard let line = lines.firstIndex(where: { $0.range.contains(first.range.lowerBound) }) else { return 0 }
    return max(0, line - height / 2)
  }
}
