import Testing

@testable import BeijiangModel

/// A clock time is a time of day, never a figure: publication lines carry them (2024-07-10 10:00),
/// and so do reports of events (上午9:30开幕).
@Suite struct QuantitiesClockTests {
  private func quantities(_ text: String) -> [String] {
    MetricsExtractor(referenceDate: CivilDate(iso: "2024-07-10")!).extract(text).quantities.map(\.surface)
  }

  @Test(arguments: [
    "发布时间：2024-07-10 10:00 来源：内蒙古日报", "更新于 11:57:10", "会议于上午9:30开幕", "列车于20：15发车",
  ])
  func clockTimesAreNoFigures(text: String) {
    #expect(quantities(text).isEmpty, "\(quantities(text))")
  }

  /// The figures beside a clock time stay figures.
  @Test func figuresBesideAClockTimeStay() {
    let found = quantities("9:30开幕，共有1200名代表参会，比分定格在3:2。")
    #expect(found.contains("1200名"))
  }
}
