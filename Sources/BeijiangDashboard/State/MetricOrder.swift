import BeijiangModel

/// How sorting and filtering treat the figures list: values compare only within one unit, and the
/// figure the reader had selected stays selected when the order changes under it.
extension DashboardState {
  /// Units in the order they first appear, each unit's figures largest first (1,000 元 never
  /// stands above 18 条 because 1,000 > 18); figures without a value last, in text order.
  static func byValueWithinUnit(_ rows: DigestRows<MetricItem>) -> DigestRows<MetricItem> {
    var unitOrder: [String: Int] = [:]
    for row in rows where unitOrder[row.metric.quantity.unit ?? ""] == nil {
      unitOrder[row.metric.quantity.unit ?? ""] = unitOrder.count
    }
    let quantities = rows.map(\.metric.quantity)
    return rows.reordered(
      quantities.indices.sorted { left, right in
        let (a, b) = (quantities[left], quantities[right])
        let (unitA, unitB) = (unitOrder[a.unit ?? ""] ?? 0, unitOrder[b.unit ?? ""] ?? 0)
        if unitA != unitB { return unitA < unitB }
        switch (a.magnitude, b.magnitude) {
        case (let x?, let y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return left < right
        }
      })
  }

  /// Runs `change` (a new sort or filter) and selects the figure that was selected before, when it
  /// is still listed.
  mutating func keepingMetricSelection(_ change: (inout DashboardState) -> Void) {
    let rows = metricRows(pane)
    let kept = selection(pane, .metrics).map { rows[$0] }
    change(&self)
    guard pane > 0 else { return }
    let row = kept.flatMap { item in metricRows(pane).firstIndex(of: item) } ?? 0
    select(row, in: pane, .metrics)
  }
}
