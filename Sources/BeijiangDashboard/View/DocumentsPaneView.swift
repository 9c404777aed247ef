import BeijiangModel
import BeijiangUI

/// The Documents pane: a table of the articles (title, reference date, file, length, a bar of their
/// mix of projects, figure count) under a line with the sort and filter, or the series across the
/// articles with a chart of the chosen one.
enum DocumentsPaneView {
  static func draw(_ state: DashboardState, pane: DocumentsPane, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let box = OverlayView.panel(area)
    buffer.fill(box, style: theme.base)
    let inner = Box.draw(title: title(state, pane), area: box, buffer: &buffer, theme: theme, focused: true)
    switch pane.page {
    case .articles: drawArticles(state, pane: pane, area: inner, buffer: &buffer)
    case .series: drawSeries(state, pane: pane, area: inner, buffer: &buffer)
    }
  }

  static func title(_ state: DashboardState, _ pane: DocumentsPane) -> String {
    switch pane.page {
    case .articles:
      let shown = pane.rows(state.documents).count
      return "\(state.text("documents.title")) \(shown)/\(state.documents.count) · "
        + "\(state.text("documents.sort")): \(state.text("documents.sort.\(pane.sort.rawValue)"))"
    case .series:
      return "\(state.text("series.title")) \(pane.series?.count ?? 0)"
    }
  }

  static func drawArticles(_ state: DashboardState, pane: DocumentsPane, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let prompt = "\(state.text("documents.filter")) \(pane.filter)"
    buffer.put(prompt, x: area.x, y: area.y, style: theme.emphasis, within: area)
    let rows = pane.rows(state.documents)
    let columns = [
      TableColumn(state.text("documents.col.title"), width: .fill(min: 10)),
      TableColumn(state.text("col.date"), width: .content(max: 10)),
      TableColumn(state.text("documents.col.file"), width: .content(max: 28)),
      TableColumn(state.text("documents.col.length"), width: .content(max: 7), alignment: .right),
      TableColumn(state.text("documents.col.mix"), width: .content(max: DocumentFacts.barWidth + 10)),
      TableColumn(state.text("documents.col.figures"), width: .content(max: 5), alignment: .right),
    ]
    let table = area.inset(top: 2)
    let visible = max(1, table.height - 1)
    let offset = max(0, pane.selected - visible + 1)
    // Only the rows on screen are measured: a thousand articles cost nothing until scrolled to.
    var cells: [[String]] = Array(repeating: ["", "", "", "", "", ""], count: rows.count + 1)
    cells[0] = [state.text("documents.all"), "", "", "", "", ""]
    for position in offset..<min(rows.count + 1, offset + visible) where position > 0 {
      let document = state.documents[rows[position - 1]]
      let facts = DocumentFacts(document)
      cells[position] = [
        document.title, document.referenceDate ?? "", document.source.name, "\(facts.length)",
        facts.bar(glyphs: theme.glyphs) + leading(state, facts), "\(facts.figures)",
      ]
    }
    _ = Table.draw(
      TableData(columns: columns, rows: cells, selected: pane.selected, offset: offset), area: table,
      buffer: &buffer, theme: theme)
  }

  static func drawSeries(_ state: DashboardState, pane: DocumentsPane, area: Rect, buffer: inout Buffer) {
    let theme = state.theme
    let series = pane.series ?? []
    guard !series.isEmpty else {
      buffer.put(state.text("series.none"), x: area.x, y: area.y, style: theme.muted, within: area)
      return
    }
    let listHeight = max(1, min(series.count, area.height / 3))
    let items = series.map { label(state, $0) }
    ListView.draw(
      items, selected: min(pane.selected, series.count - 1),
      area: Rect(
        x: area.x, y: area.y, width: area.width, height: listHeight), buffer: &buffer, theme: theme)
    let chosen = series[min(pane.selected, series.count - 1)]
    let chart = area.inset(top: listHeight + 1)
    buffer.put(
      "\(chosen.label) (\(state.text("series.byDate")))", x: chart.x, y: chart.y, style: theme.header,
      within: chart)
    let bars = chosen.points.map { point in
      BarItem(
        label: "\(point.referenceDate ?? "?") \(DisplayWidth.truncate(point.title, to: 12))",
        value: point.value,
        formattedValue: point.surface)
    }
    BarChart.draw(bars, area: chart.inset(top: 1), buffer: &buffer, theme: theme)
  }

  /// The short name of the project holding most of the article's text, after its bar.
  static func leading(_ state: DashboardState, _ facts: DocumentFacts) -> String {
    guard let key = facts.mix.first?.project else { return "" }
    return " " + (state.content.digest(key).map(state.shortName) ?? key)
  }

  static func label(_ state: DashboardState, _ series: FigureSeries) -> String {
    let project = state.content.digest(series.project).map(state.shortName) ?? series.project
    let first = series.points.first?.surface ?? ""
    let last = series.points.last?.surface ?? ""
    let count = state.strings.format("series.articles", state.language, ["count": "\(series.points.count)"])
    return "\(project) · \(series.label) · \(count) · \(first) → \(last)"
  }
}

/// What the Documents pane says of one article: its length in characters, its figure count and
/// its mix of projects as the share of body characters each holds.
struct DocumentFacts {
  static let barWidth = 6
  var length: Int
  var figures: Int
  /// Characters of body text per project, largest first.
  var mix: [(project: String, characters: Int)]

  init(_ document: Document) {
    length = document.source.count
    figures = document.analysis.metrics.count
    var shares: [String: Int] = [:]
    for section in document.sections {
      for paragraph in section.paragraphs where paragraph.kind == .body {
        shares[paragraph.project, default: 0] += paragraph.text.count
      }
    }
    mix = shares.map { ($0.key, $0.value) }.sorted {
      ($0.characters, $1.project) > ($1.characters, $0.project)
    }
  }

  /// A bar of `barWidth` cells: the largest project in full blocks, the second in shade, the third
  /// lighter, the rest as dots, so the mix reads without colour.
  func bar(glyphs: Glyphs) -> String {
    let total = mix.reduce(0) { $0 + $1.characters }
    guard total > 0 else { return "" }
    let plain = glyphs.barEighths.isEmpty
    let marks = plain ? ["#", "=", "-"] : [glyphs.barFull, "▓", "▒"]
    var text = ""
    var used = 0
    for (rank, share) in mix.prefix(3).enumerated() {
      let cells = min(
        Self.barWidth - used, Int((Double(share.characters * Self.barWidth) / Double(total)).rounded()))
      text += String(repeating: marks[rank], count: max(0, cells))
      used += max(0, cells)
    }
    return text + String(repeating: plain ? "." : "·", count: max(0, Self.barWidth - used))
  }
}
