import Testing

@testable import BeijiangModel

/// What looks like a date and is not, and what a date keeps besides its days.
@Suite struct DatesTrapsTests {
  @Test func aDecadeIsADateNotAQuantity() {
    let found = MetricsExtractor(referenceDate: nil).extract("20世纪30年代，这里是一片荒原")
    #expect(found.quantities.isEmpty)
    #expect(found.dates.map(\.surface) == ["20世纪30年代"])
  }

  @Test(arguments: ["已有24年", "建成3年后，年产值", "一周一次", "3年来自各地的游客", "公司召开年会", "十分重要"])
  func countsAreNotDates(text: String) {
    #expect(MetricsExtractor(referenceDate: CivilDate(iso: "2024-04-18")).extract(text).dates.isEmpty)
  }

  @Test func vagueWordsKeepNoDay() {
    let found = MetricsExtractor(referenceDate: CivilDate(iso: "2024-04-18")).extract("目前年底前完成，日前召开")
    #expect(found.dates.allSatisfy { $0.precision == .vague && $0.startDate == nil })
    #expect(!found.dates.contains { $0.surface.contains("前年") })
  }

  @Test func relativeDatesRecordWhatTheyWereReadAgainst() throws {
    let reference = try #require(CivilDate(iso: "2024-04-18"))
    let found = MetricsExtractor(referenceDate: reference).extract("去年7月，2023年8月")
    #expect(found.dates.map(\.relative) == [true, false])
    #expect(found.dates.map(\.resolvedAgainst) == [reference, nil])
  }
}
