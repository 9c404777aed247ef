import BeijiangUI

/// Where everything goes for a terminal size. Computed from the state alone, so `view` draws with it
/// and `update` hit-tests mouse clicks with the very same rectangles.
struct ScreenLayout {
  /// Below this the dashboard says "too small" and waits for the terminal to grow.
  static let minimum = (width: 40, height: 12)
  /// Below this panes stack into one column.
  static let comfortable = (width: 80, height: 24)

  var isTooSmall: Bool
  var isStacked: Bool
  var tabBar: Rect
  var header: Rect
  var body: Rect
  var hintBar: Rect

  init(width: Int, height: Int) {
    isTooSmall = width < Self.minimum.width || height < Self.minimum.height
    isStacked = width < Self.comfortable.width || height < Self.comfortable.height
    let full = Rect(x: 0, y: 0, width: width, height: height)
    tabBar = full.row(0)
    header = full.row(1)
    hintBar = full.row(max(0, height - 1))
    body = full.inset(top: 2, bottom: 1)
  }
}

/// The parts of a project pane.
struct ProjectPaneLayout {
  var keyFigures: Rect
  var listTabs: Rect
  var list: Rect
  var context: Rect
  /// Big block digits for key figures on tall screens.
  var bigFigures: Bool

  init(body: Rect, stacked: Bool) {
    bigFigures = body.height >= 36 && body.width >= 120
    let figuresHeight = bigFigures ? 7 : (stacked ? 1 : 4)
    let parts = Layout.split(body, .vertical, [.fixed(figuresHeight), .fixed(1), .fill])
    keyFigures = parts[0]
    listTabs = parts[1]
    if stacked || body.width < 110 {
      let contextHeight = min(max(5, parts[2].height * 2 / 5), 14)
      let split = Layout.split(parts[2], .vertical, [.fill, .fixed(contextHeight)])
      list = split[0]
      context = split[1]
    } else {
      let split = Layout.split(parts[2], .horizontal, [.ratio(3, 5), .fill], spacing: 1)
      list = split[0]
      context = split[1]
    }
  }
}

/// The parts of the overview: project cards in a grid and, below, the panels of targets and
/// largest figures. Cards keep at least three lines inside; the panels get the rows they want when
/// that leaves the cards this much, else what is left, and the cards grow into every row remaining.
struct OverviewLayout {
  var cards: [Rect]
  var chart: Rect

  init(body: Rect, cardCount: Int, stacked: Bool, panelRows: Int) {
    let columns = body.width >= 78 ? 3 : (body.width >= 50 ? 2 : 1)
    let rows = (cardCount + columns - 1) / max(1, columns)
    let cardsNeed = rows * 5
    let room = max(0, body.height - cardsNeed)
    let chartHeight = min(panelRows, room) >= 4 ? min(panelRows, room) : 0
    let parts = Layout.split(body, .vertical, [.fill, .fixed(chartHeight)])
    chart = parts[1]
    var cards: [Rect] = []
    // Rows share the height evenly, the remainder too: no blank line between cards and panels.
    let rowRects = Layout.split(parts[0], .vertical, Array(repeating: .fill, count: rows))
    for row in rowRects {
      for column in Layout.split(row, .horizontal, Array(repeating: .fill, count: columns), spacing: 1) {
        if cards.count < cardCount { cards.append(column) }
      }
    }
    self.cards = cards
  }
}
