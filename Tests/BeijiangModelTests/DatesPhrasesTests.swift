import Testing

@testable import BeijiangModel

/// Forms real reporting writes that the core forms miss: shortened counts of months, parts of a
/// decade, 自…以来 with words between, and the vague spans of many years.
@Suite struct DatesPhrasesTests {
  private func dates(_ text: String, reference: String = "2024-12-10") -> [DateMention] {
    MetricsExtractor(referenceDate: CivilDate(iso: reference)!).extract(text).dates
  }

  static let phrases: [(String, String, String?, String?)] = [
    ("前11月，全区外贸进出口增长8%", "前11月", "2024-01-01", "2024-11-30"),
    ("2023年前11月份，口岸过货量增长", "2023年前11月份", "2023-01-01", "2023-11-30"),
    ("80年代末，这里还是一片沙地", "80年代末", "1987-01-01", "1989-12-31"),
    ("上世纪90年代初，当地开始治沙", "上世纪90年代初", "1990-01-01", "1993-12-31"),
    ("20世纪70年代中期，包钢稀土厂扩建", "20世纪70年代中期", "1973-01-01", "1976-12-31"),
    ("自2013年开通首列中欧班列以来，累计开行1万列", "自2013年", "2013-01-01", "2024-12-10"),
    ("从2019年建成投产至今，累计产值50亿元", "从2019年", "2019-01-01", "2024-12-10"),
    ("2024年5月6日（星期一），全区召开会议", "2024年5月6日（星期一）", "2024-05-06", "2024-05-06"),
    ("2023年08月02日 星期三", "2023年08月02日 星期三", "2023-08-02", "2023-08-02"),
  ]

  @Test(arguments: phrases)
  func readsThePhrase(text: String, surface: String, start: String?, end: String?) {
    let found = dates(text).first { $0.surface == surface }
    #expect(found != nil, "\(surface) in \(dates(text).map(\.surface))")
    #expect(found?.startDate?.iso == start)
    #expect(found?.endDate?.iso == end)
  }

  /// 自2019年投产3条生产线以来: the words between keep their figures.
  @Test func theWordsBetweenKeepTheirFigures() {
    let metrics = MetricsExtractor(referenceDate: CivilDate(iso: "2024-12-10")!)
      .extract("自2019年投产3条生产线以来，累计产值50亿元。")
    #expect(metrics.dates.first?.surface == "自2019年")
    #expect(metrics.quantities.map(\.surface).contains("3条"))
  }

  /// A clause break between the year and 以来 ends the clause: 自2013年 is no open range then.
  @Test func aClauseBreakEndsTheSince() {
    let found = dates("自2013年，口岸开始扩建。今年以来，货运量增长。").first { $0.surface.contains("2013") }
    #expect(found?.surface == "2013年")
    #expect(found?.endDate?.iso == "2013-12-31")
  }

  @Test(arguments: ["多年来", "几十年来", "长期以来", "这些年来"])
  func manyYearsAreVague(word: String) {
    let found = dates("\(word)，牧民坚守草原。").first
    #expect(found?.surface == word)
    #expect(found?.precision == .vague)
    #expect(found?.startDate == nil)
  }
}
