import BeijiangDashboard
import BeijiangModel
import BeijiangUI
import Testing

/// Several articles in one dashboard, composed for the purpose: three heating reports of different
/// dates (each giving 供热面积), one port report, and the seed.
@Suite struct CorpusDashboardTests {
  typealias Fixture = DashboardFixture

  static func article(_ name: String, _ text: String) -> Document {
    try! DocumentBuilder().build(TextDecoder.decode(Array(text.utf8), name: name))
  }

  static let corpus: [Document] = [
    article(
      "reports/heating-april.txt",
      "# 温暖工程供热保障有力\n\n发布时间：2024-04-18\n\n### 温暖工程\n\n呼和浩特市热力集团供热面积达到3300万平方米，服务热用户21.72万户。\n"),
    article(
      "reports/ports.txt",
      "# 口岸货运量创新高\n\n发布时间：2024-02-10\n\n### 口岸\n\n二连浩特口岸货运量达到1200万吨，同比增长12%。\n"),
    article(
      "reports/heating-november.txt",
      "# 入冬供热全面启动\n\n发布时间：2023-11-02\n\n### 温暖工程\n\n呼和浩特市热力集团供热面积达到3100万平方米，服务热用户20.5万户。\n"),
    article(
      "reports/heating-january.txt",
      "# 寒潮中的供热一线\n\n发布时间：2024-01-15\n\n### 温暖工程\n\n呼和浩特市热力集团供热面积达到3235万平方米，服务热用户21万户。\n"),
  ]

  static func state(width: Int = 80, height: Int = 24, language: Language = .zh) -> DashboardState {
    Fixture.state(width: width, height: height, language: language, documents: corpus)
  }

  @Test func theHeaderCountsTheArticlesAndGivesTheirDates() {
    var state = Self.state()
    #expect(Fixture.screen(state).contains("4 篇 · 2023-11-02 – 2024-04-18"))
    state.update(.key(.character("L")))
    #expect(Fixture.screen(state).contains("4 articles · 2023-11-02 – 2024-04-18"))
  }

  @Test func everyRowNamesItsArticleOnlyWhileSeveralAreInScope() {
    var state = Self.state(width: 120, height: 40)
    _ = Fixture.press(["5"], on: &state)
    let screen = Fixture.screen(state)
    #expect(screen.contains("文章"))
    #expect(screen.contains("2023-11-02"))
    #expect(screen.contains("2024-01-15"))
    _ = Fixture.press(["d", "down", "enter"], on: &state)
    #expect(state.scope == .document(0))
    #expect(!Fixture.screen(state).contains("2024-01-15"))
    _ = Fixture.press(["A"], on: &state)
    #expect(state.scope == .all)
  }

  @Test func typingFiltersTheArticlesAndEnterScopesToTheChosenOne() {
    var state = Self.state()
    _ = Fixture.press(["d"], on: &state)
    Fixture.type("供热", on: &state)
    guard case .documents(let pane) = state.overlay else {
      Issue.record("no Documents pane")
      return
    }
    #expect(pane.rows(state.documents) == [0, 2, 3])
    _ = Fixture.press(["down", "down", "enter"], on: &state)
    #expect(state.scope == .document(2))
    #expect(state.overlay == .none)
    #expect(state.content.title == "入冬供热全面启动")
  }

  @Test func theArticlesSortByDateTitleAndSize() {
    var pane = DocumentsPane()
    pane.sort = .date
    #expect(pane.rows(Self.corpus) == [2, 3, 1, 0])
    pane.sort = .size
    let sizes = pane.rows(Self.corpus).map { Self.corpus[$0].source.scalars.count }
    #expect(sizes == sizes.sorted(by: >))
    pane.sort = .title
    let titles = pane.rows(Self.corpus).map { Self.corpus[$0].title }
    #expect(titles == titles.sorted())
  }

  @Test func escapeClearsTheFilterThenCloses() {
    var state = Self.state()
    _ = Fixture.press(["d"], on: &state)
    Fixture.type("口岸", on: &state)
    _ = Fixture.press(["esc"], on: &state)
    guard case .documents(let pane) = state.overlay else {
      Issue.record("closed too early")
      return
    }
    #expect(pane.filter.isEmpty)
    _ = Fixture.press(["esc"], on: &state)
    #expect(state.overlay == .none)
  }

  @Test func theSeriesPageChartsTheHeatingAreaByArticleDate() {
    var state = Self.state(width: 120, height: 40)
    _ = Fixture.press(["d", "right"], on: &state)
    guard case .documents(let pane) = state.overlay, let series = pane.series else {
      Issue.record("no series page")
      return
    }
    let heating = try! #require(series.first { $0.label.contains("供热面积") })
    #expect(heating.points.map(\.surface) == ["3100万平方米", "3235万平方米", "3300万平方米"])
    let screen = Fixture.screen(state)
    #expect(screen.contains("2023-11-02"))
    #expect(screen.contains("3300万平方米"))
  }

  @Test func theDetailOfARowGivesItsArticlesTitleDateAndFile() {
    var state = Self.state(width: 120, height: 40)
    _ = Fixture.press(["5", "enter"], on: &state)
    let screen = Fixture.screen(state)
    #expect(screen.contains("reports/"))
    #expect(screen.contains("文章: "))
  }

  static let goldens: [(name: String, keys: [String])] = [
    ("corpus-documents", ["d"]),
    ("corpus-article-column", ["5"]),
    ("corpus-series-chart", ["d", "right"]),
  ]

  @Test func goldenScreensOfACorpus() {
    for (name, keys) in Self.goldens {
      for (width, height) in [(80, 24), (200, 50)] {
        var state = Self.state(width: width, height: height)
        _ = Fixture.press(keys, on: &state)
        Fixture.golden.check(DashboardView.render(state), named: "\(name)-\(width)x\(height).txt")
      }
    }
  }
}
