import BeijiangUI

/// The overview pane: one card per project (headline, counts, top figures) and, below, targets
/// against progress and the largest figures (OverviewPanels).
enum OverviewView {
  /// Draws the pane; returns each card's rectangle, for clicks.
  @discardableResult
  static func draw(_ state: DashboardState, area: Rect, stacked: Bool, buffer: inout Buffer) -> [Rect] {
    let digests = Array(state.content.digests.dropFirst())
    let panels = OverviewPanels(state)
    let layout = OverviewLayout(
      body: area, cardCount: digests.count, stacked: stacked, panelRows: panels.wantedRows)
    for (index, (digest, rect)) in zip(digests, layout.cards).enumerated() {
      drawCard(state, digest, index: index, area: rect, buffer: &buffer)
    }
    panels.draw(state, area: layout.chart, buffer: &buffer)
    return layout.cards
  }

  /// A project's card; a project with no figures in scope is dimmed, its headline and counts only.
  static func drawCard(
    _ state: DashboardState, _ digest: ProjectDigest, index: Int, area: Rect, buffer: inout Buffer
  ) {
    let theme = state.theme
    let selected = state.overviewSelection == index
    let empty = digest.metrics.isEmpty
    let inner = Box.draw(
      title: state.projectName(digest), area: area, buffer: &buffer, theme: theme, focused: selected)
    let headlineStyle = empty ? theme.muted : selected ? theme.emphasis : theme.base
    var lines: [(String, Style)] = [(state.headline(digest), headlineStyle)]
    // The least telling count goes first when the card is narrow: the line is cut at its end.
    let counts = [
      "\(state.text("overview.figures")) \(digest.metrics.count)",
      "\(state.text("overview.dates")) \(digest.events.count)",
      "\(state.text("overview.places")) \(digest.count(.place))",
      "\(state.text("overview.people")) \(digest.count(.person))",
    ]
    lines.append((fittedCounts(counts, width: inner.width, buffer: buffer), theme.muted))
    for figure in state.keyFigures(index + 1, limit: max(0, inner.height - 2)) {
      let about = state.about(figure)
      lines.append(("\(theme.glyphs.selectionMarker) \(state.spoken(figure))  \(about)", theme.base))
    }
    // A tall card goes on with what else a briefing asks: when, then who and where.
    lines += moreLines(state, digest, rows: inner.height - lines.count, width: inner.width).map {
      ($0, theme.muted)
    }
    for (row, line) in lines.prefix(inner.height).enumerated() {
      Label.draw(
        line.0, x: inner.x, y: inner.y + row, area: inner, style: empty ? theme.muted : line.1,
        buffer: &buffer,
        theme: theme)
    }
    if selected { buffer.patchStyle(Style(attributes: .bold), in: inner.row(0)) }
  }

  /// The project's dates (`2024-04-09–04-10 张慧宇一行深入…`), then a line each of its people,
  /// bodies, places and named initiatives, as many as `rows` take. Only what can show is written:
  /// `rows` dates, and of each kind the names that reach past `width` columns (every name adds at
  /// least its separator's column).
  static func moreLines(_ state: DashboardState, _ digest: ProjectDigest, rows: Int, width: Int) -> [String] {
    guard rows > 0 else { return [] }
    var lines = digest.events.prefix(rows).map { item in
      "\(state.dateText(item))  \(item.event.event ?? item.event.sentence)"
    }
    let kinds: [(EntityItem.Kind, String)] = [
      (.person, "overview.people"), (.organization, "overview.bodies"), (.place, "overview.places"),
      (.initiative, "overview.initiatives"),
    ]
    for (kind, label) in kinds {
      guard lines.count < rows else { break }
      let names = digest.labels(kind, first: max(0, width) + 1)
      if !names.isEmpty {
        lines.append("\(state.text(label)): \(names.joined(separator: state.language == .zh ? "、" : ", "))")
      }
    }
    return Array(lines.prefix(rows))
  }

  /// As many whole counts as fit, never a count without its number.
  static func fittedCounts(_ counts: [String], width: Int, buffer: Buffer) -> String {
    var line = ""
    for count in counts {
      let next = line.isEmpty ? count : line + " · " + count
      if buffer.measure(next) > width { break }
      line = next
    }
    return line
  }
}
