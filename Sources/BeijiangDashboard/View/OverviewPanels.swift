import BeijiangModel
import BeijiangUI

/// Below the project cards, what a briefing asks first: each target against the progress reported
/// for it, the largest figure of each kind (money, area, power …) and, with several articles, how
/// many articles speak of each project.
struct OverviewPanels {
  /// One line: a gauge, or a figure standing alone.
  enum Line {
    case gauge(GaugeData)
    case figure(label: String, text: String)
    case header(String)
  }

  var lines: [Line] = []
  var articles: [BarItem] = []

  init(_ state: DashboardState) {
    let digests = Array(state.content.digests.dropFirst())
    var targets: [Line] = []
    for digest in digests {
      for target in digest.headlineTargets {
        let label = "\(state.shortName(digest)) · \(state.about(target))"
        if let progress = Self.progress(towards: target, in: digest),
          let data = Self.gauge(state, label, target, progress)
        {
          targets.append(.gauge(data))
        } else {
          let role = state.text("role.\(target.metric.quantity.role.rawValue)")
          targets.append(.figure(label: label, text: "\(role) \(state.spoken(target))"))
        }
      }
    }
    if !targets.isEmpty { lines += [.header(state.text("overview.targets"))] + targets }
    let largest = Self.largestPerDimension(state, digests)
    if !largest.isEmpty { lines += [.header(state.text("overview.largest"))] + largest }
    if state.documents.count > 1 {
      articles = digests.map { digest in
        let count = digest.documentCount
        return BarItem(label: state.shortName(digest), value: Double(count), formattedValue: "\(count)")
      }
    }
  }

  /// Rows the panels want, borders and the articles chart included.
  var wantedRows: Int {
    let chart = articles.isEmpty ? 0 : articles.count + 1
    return lines.isEmpty && chart == 0 ? 0 : lines.count + chart + 2
  }

  /// The first figure reported for the target's subject and unit that is not itself a target.
  static func progress(towards target: MetricItem, in digest: ProjectDigest) -> MetricItem? {
    let quantity = target.metric.quantity
    guard let subject = quantity.subject else { return nil }
    return digest.firstReached(subject: subject, unit: quantity.unit)
  }

  static func gauge(_ state: DashboardState, _ label: String, _ target: MetricItem, _ progress: MetricItem)
    -> GaugeData?
  {
    guard let goal = target.metric.quantity.magnitude, goal > 0,
      let reached = progress.metric.quantity.magnitude
    else { return nil }
    return GaugeData(
      label: label, current: reached, target: goal,
      formattedValues: "\(state.spoken(progress)) / \(state.spoken(target))")
  }

  /// For each dimension among the headline figures, the largest, with its project: the first
  /// project's largest unless a later project has a larger one, as a walk over every figure finds.
  static func largestPerDimension(_ state: DashboardState, _ digests: [ProjectDigest]) -> [Line] {
    var best: [String: (MetricItem, ProjectDigest)] = [:]
    var order: [String] = []
    for digest in digests {
      for (dimension, item) in digest.largestPerDimension {
        let size = item.metric.quantity.magnitude ?? 0
        if let current = best[dimension] {
          if size > (current.0.metric.quantity.magnitude ?? 0) { best[dimension] = (item, digest) }
        } else {
          best[dimension] = (item, digest)
          order.append(dimension)
        }
      }
    }
    return order.compactMap { dimension in
      best[dimension].map { item, digest in
        .figure(
          label: state.dimensionName(dimension),
          text: "\(state.spoken(item))  \(state.about(item)) · \(state.shortName(digest))")
      }
    }
  }

  func draw(_ state: DashboardState, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    guard area.height >= 3 else { return }
    let inner = Box.draw(title: state.text("overview.chart"), area: area, buffer: &buffer, theme: theme)
    let labelWidth =
      lines.compactMap { line -> Int? in
        switch line {
        case .gauge(let data): buffer.measure(data.label)
        case .figure(let label, _): buffer.measure(label)
        case .header: nil
        }
      }.max().map { min($0, inner.width / 3) } ?? 0
    var y = inner.y
    for line in lines where y < inner.bottom {
      let row = Rect(x: inner.x, y: y, width: inner.width, height: 1)
      switch line {
      case .header(let text):
        Label.draw(text, x: row.x, y: y, area: row, style: theme.header, buffer: &buffer, theme: theme)
      case .gauge(let data):
        var padded = data
        padded.label = DisplayWidth.pad(
          Label.fit(data.label, columns: labelWidth, theme: theme, policy: buffer.policy), to: labelWidth,
          policy: buffer.policy)
        Gauge.draw(padded, area: row, buffer: &buffer, theme: theme)
      case .figure(let label, let text):
        Label.draw(
          label, x: row.x, y: y, area: row, style: theme.base, buffer: &buffer, theme: theme,
          maxWidth: labelWidth)
        Label.draw(
          text, x: row.x + labelWidth + 1, y: y, area: row, style: theme.emphasis, buffer: &buffer,
          theme: theme)
      }
      y += 1
    }
    guard !articles.isEmpty, y + 2 < inner.bottom else { return }
    Label.draw(
      state.text("overview.articles"), x: inner.x, y: y, area: inner, style: theme.header, buffer: &buffer,
      theme: theme)
    BarChart.draw(
      articles, area: Rect(x: inner.x, y: y + 1, width: inner.width, height: inner.bottom - y - 1),
      buffer: &buffer, theme: theme)
  }
}
