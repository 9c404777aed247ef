import Testing

@testable import BeijiangModel

/// Series across articles: the same indicator (project, label, dimension) reported by several
/// composed articles, ordered by their reference dates, targets kept apart from achievements.
@Suite struct SeriesTests {
  static func article(_ date: String, _ body: String) throws -> Document {
    try TestFiles.document(text: "# 供热保障\n\n发布时间：\(date)\n\n\(body)\n")
  }

  static func heating(_ dates: [String], _ areas: [String]) throws -> [Document] {
    try zip(dates, areas).map { date, area in
      try article(date, "呼和浩特市热力集团供热面积达到\(area)平方米，服务热用户21.72万户。")
    }
  }

  @Test func aFigureReportedInThreeArticlesIsOneSeriesInDateOrder() throws {
    // Given out of date order: the series follows the articles' dates, not the input order.
    let documents = try Self.heating(
      ["2024-04-18", "2023-11-02", "2024-01-15"], ["3300万", "3100万", "3235万"])
    let series = SeriesFinder.series(in: documents).filter { $0.label.contains("供热面积") }
    try #require(series.count == 1)
    #expect(series[0].dimension == "area")
    #expect(series[0].points.map(\.referenceDate) == ["2023-11-02", "2024-01-15", "2024-04-18"])
    #expect(series[0].points.map(\.document) == [1, 2, 0])
    #expect(series[0].points.map(\.value) == [3.1e7, 3.235e7, 3.3e7])
    #expect(series[0].changed)
  }

  @Test func aFigureInOneArticleIsNoSeries() throws {
    let documents = [
      try Self.article("2024-01-15", "呼和浩特市热力集团供热面积达到3235万平方米。"),
      try Self.article("2024-02-15", "二连浩特口岸货运量达到1200万吨。"),
    ]
    #expect(SeriesFinder.series(in: documents).allSatisfy { !$0.label.contains("供热面积") })
  }

  @Test func anUnchangedFigureIsASeriesThatDidNotChange() throws {
    let documents = try Self.heating(["2024-01-15", "2024-02-15"], ["3235万", "3235万"])
    let series = SeriesFinder.series(in: documents).first { $0.label.contains("供热面积") }
    #expect(series?.changed == false)
  }

  @Test func aPlanIsNotAPointOfWhatWasReached() throws {
    let documents = [
      try Self.article("2024-01-15", "呼和浩特市热力集团供热面积达到3235万平方米。"),
      try Self.article("2024-02-15", "到2025年，呼和浩特市供热面积计划达到9100万平方米。"),
    ]
    let heating = SeriesFinder.series(in: documents).filter { $0.label.contains("供热面积") }
    #expect(heating.allSatisfy { Set($0.points.map { $0.role == .target }).count == 1 })
  }

  @Test func articlesWithoutADateComeAfterTheDated() throws {
    let documents = [
      try TestFiles.document(text: "# 供热保障\n\n呼和浩特市热力集团供热面积达到3000万平方米。\n"),
      try Self.article("2024-01-15", "呼和浩特市热力集团供热面积达到3235万平方米。"),
    ]
    let series = SeriesFinder.series(in: documents).first { $0.label.contains("供热面积") }
    #expect(series?.points.map(\.document) == [1, 0])
  }

  @Test func aCorpusBriefNamesTheArticleOfEachFigureAndTheChangedSeries() throws {
    let documents = try Self.heating(["2023-11-02", "2024-04-18"], ["3100万", "3300万"])
    let corpus = try #require(BriefBuilder().corpus(documents, options: BriefOptions()))
    #expect(corpus.articles == 2)
    #expect(corpus.firstDate == "2023-11-02")
    #expect(corpus.lastDate == "2024-04-18")
    let figures = corpus.projects.flatMap(\.figures)
    let area = try #require(figures.first { $0.figure.surface.contains("平方米") })
    // The strongest of the two reports is the later, larger one, named with its article's date.
    #expect(area.figure.surface == "3300万平方米")
    #expect(area.referenceDate == "2024-04-18")
    #expect(corpus.projects.flatMap(\.changedSeries).contains { $0.label.contains("供热面积") })
    #expect(BriefBuilder().corpus([documents[0]], options: BriefOptions()) == nil)
  }
}
