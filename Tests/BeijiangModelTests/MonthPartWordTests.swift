import Testing

@testable import BeijiangModel

/// 月初, 月底 and 月末 without a month are the reference month's part (月初以来 runs from its first day
/// to the reference day); with a month or a month word before them they stay that month's part.
/// Sentences composed for these tests.
@Suite struct MonthPartWordTests {
  struct Row: Sendable, CustomTestStringConvertible {
    let text: String
    let surface: String
    let start: String
    let end: String
    var testDescription: String { text }
  }

  static let reference = CivilDate(iso: "2024-11-20")

  static let rows: [Row] = [
    Row(text: "月初以来，口岸货运量持续增长。", surface: "月初以来", start: "2024-11-01", end: "2024-11-20"),
    Row(text: "项目计划月底完成主体施工。", surface: "月底", start: "2024-11-21", end: "2024-11-30"),
    Row(text: "月末，园区将举办招聘会。", surface: "月末", start: "2024-11-21", end: "2024-11-30"),
    Row(text: "月初，首批物资运抵口岸。", surface: "月初", start: "2024-11-01", end: "2024-11-10"),
    Row(text: "上月底，工程完成验收。", surface: "上月底", start: "2024-10-21", end: "2024-10-31"),
    Row(text: "3月底，工程完成验收。", surface: "3月底", start: "2024-03-21", end: "2024-03-31"),
  ]

  @Test(arguments: rows)
  func readsThePartOfTheReferenceMonth(_ row: Row) throws {
    let dates = MetricsExtractor(referenceDate: Self.reference).extract(row.text).dates
    let date = try #require(dates.first { $0.surface == row.surface }, "\(dates.map(\.surface))")
    #expect(date.startDate?.iso == row.start)
    #expect(date.endDate?.iso == row.end)
  }

  /// A month word or a lunar month before them is another reading: no second date inside it.
  @Test(arguments: ["每月底前报送数据。", "正月初八，庙会开幕。", "一年四季，每月末都有活动。"])
  func noReferenceMonthInsideOtherWords(_ text: String) {
    let dates = MetricsExtractor(referenceDate: Self.reference).extract(text).dates
    #expect(!dates.contains { ["月初", "月底", "月末"].contains($0.surface) }, "\(dates.map(\.surface))")
  }
}
