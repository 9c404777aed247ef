import Testing

@testable import BeijiangModel

/// Every date of the seed, resolved against the reference date inferred from the whole article.
@Suite struct DatesSeedTests {
  @Test func everyDateOfTheSeed() throws {
    let reference = try #require(ReferenceDate.infer(from: MetricsFixtures.seed))
    let extractor = MetricsExtractor(referenceDate: reference)
    let found = MetricsFixtures.seedParagraphs.flatMap { extractor.extract($0).dates }
      .map {
        "\($0.surface) \(($0.startDate?.iso ?? "-")) \(($0.endDate?.iso ?? "-")) \($0.precision.rawValue)"
      }
    #expect(
      found == [
        "2024年 2024-01-01 2024-12-31 year",
        "从2022年至2024年 2022-01-01 2024-12-31 year",
        "2024年 2024-01-01 2024-12-31 year",
        "自2023年起 2023-01-01 - year",
        "3月29日 2024-03-29 2024-03-29 day",
        "2023年度 2023-01-01 2023-12-31 year",
        "3月5日 2024-03-05 2024-03-05 day",
        "4月9日 2024-04-09 2024-04-09 day",
        "2023年10月 2023-10-01 2023-10-31 month",
        "2024年 2024-01-01 2024-12-31 year",
        "2024年 2024-01-01 2024-12-31 year",
        "4月17日至18日 2024-04-17 2024-04-18 day",
        "3月13日至20日 2024-03-13 2024-03-20 day",
        "4月9日 2024-04-09 2024-04-09 day",
        "2024年度 2024-01-01 2024-12-31 year",
        "4月9日至10日 2024-04-09 2024-04-10 day",
        "去年7月至12月 2023-07-01 2023-12-31 month",
        "今年1月18日 2024-01-18 2024-01-18 day",
        "2024年“两节”期间 2024-01-01 2024-02-24 day",
        "1月23日 2024-01-23 2024-01-23 day",
        "2027年 2027-01-01 2027-12-31 year",
        "2024年 2024-01-01 2024-12-31 year",
        "炎夏季节 2024-06-01 2024-08-31 season",
      ])
  }
}
