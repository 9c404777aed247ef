import BeijiangUI

/// The overview pane: one card per project (headline, counts, top figures) and a bar chart that
/// compares the projects.
enum OverviewView {
  static func draw(_ state: DashboardState, area: Rect, stacked: Bool, buffer: inout Buffer) {
    let theme = state.theme
    let digests = Array(state.content.digests.dropFirst())
    let layout = OverviewLayout(body: area, cardCount: digests.count, stacked: stacked)
    for (index, (digest, rect)) in zip(digests, layout.cards).enumerated() {
      let selected = state.overviewSelection == index
      let inner = Box.draw(
        title: state.projectName(digest), area: rect, buffer: &buffer, theme: theme, focused: selected)
      var lines: [(String, Style)] = [(state.headline(digest), selected ? theme.emphasis : theme.base)]
      let counts = [
        "\(state.text("overview.figures")) \(digest.metrics.count)",
        "\(state.text("overview.dates")) \(digest.events.count)",
        "\(state.text("overview.people")) \(digest.count(.person))",
        "\(state.text("overview.places")) \(digest.count(.place))",
      ]
      lines.append((counts.joined(separator: " · "), theme.muted))
      let figures = state.keyFigures(index + 1, limit: max(0, inner.height - 2))
      if figures.isEmpty { lines.append((state.text("overview.none"), theme.muted)) }
      for figure in figures {
        let about = state.about(figure)
        lines.append(
          (
            "\(theme.glyphs.selectionMarker) \(state.spoken(figure))\(about.isEmpty ? "" : "  \(about)")",
            theme.base
          ))
      }
      for (row, line) in lines.prefix(inner.height).enumerated() {
        buffer.put(line.0, x: inner.x, y: inner.y + row, style: line.1, within: inner)
      }
      if selected { buffer.patchStyle(Style(attributes: .bold), in: inner.row(0)) }
    }
    guard layout.chart.height >= 3 else { return }
    let chartInner = Box.draw(
      title: state.text("overview.chart"), area: layout.chart, buffer: &buffer, theme: theme)
    let items = digests.map {
      BarItem(
        label: state.shortName($0), value: Double($0.metrics.count), formattedValue: "\($0.metrics.count)")
    }
    BarChart.draw(items, area: chartInner, buffer: &buffer, theme: theme)
  }
}
