import Testing

@testable import BeijiangModel

@Suite struct NumbersTests {
  private let reader = MetricsLexicon.shared.numbers

  private func read(_ text: String) -> (value: Double, length: Int)? {
    guard let reading = reader.read(text.scalars, at: 0) else { return nil }
    return (reading.value, reading.end)
  }

  @Test(arguments: [
    ("300", 300.0, 3),
    ("1,234", 1234, 5),
    ("1，234,567", 1_234_567, 9),
    ("3.14", 3.14, 4),
    ("０.５", 0.5, 3),
    ("４０", 40, 2),
    ("三千五百万", 35_000_000, 5),
    ("十一", 11, 2),
    ("两百", 200, 2),
    ("一亿三千万", 130_000_000, 5),
    ("一千零五", 1005, 4),
    ("十万", 100_000, 2),
    ("1.1万", 11_000, 4),
    ("21.72万", 217_200, 6),
    ("3千", 3000, 2),
    ("4亿", 400_000_000, 2),
    ("3千万", 30_000_000, 3),
    ("1.5万亿", 1_500_000_000_000, 5),
    ("万", 10_000, 1),
    ("二〇二四", 2024, 4),
  ])
  func readsNumbers(text: String, value: Double, length: Int) {
    let reading = read(text)
    #expect(reading?.value == value)
    #expect(reading?.length == length)
  }

  @Test(arguments: [
    // Only valid three-digit groups join: 12,34 is 12 then a comma.
    ("12,34个", 12.0, 2),
    ("1234,567", 1234, 4),
    ("1,2345", 1, 1),
    // 十四五 is not a regular numeral: the reading stops where it breaks.
    ("十四五", 14, 2),
    ("3.5.1", 3.5, 3),
  ])
  func stopsAtIrregularities(text: String, value: Double, length: Int) {
    let reading = read(text)
    #expect(reading?.value == value)
    #expect(reading?.length == length)
  }

  @Test func rejectsNonNumbers() {
    #expect(read("年") == nil)
    #expect(read("") == nil)
    #expect(read("零") == nil)
  }

  @Test(
    arguments: [
      ("增长40%", 0.4, "%"),
      ("增长４０％", 0.4, "%"),
      ("占比百分之五十", 0.5, "%"),
      ("九成以上", 0.9, "成"),
      ("满足一半需求", 0.5, nil),
      ("三分之一", 1.0 / 3.0, nil),
      ("提高1.5倍", 1.5, "倍"),
      ("下降2.5‰", 0.0025, "‰"),
    ] as [(String, Double, String?)])
  func readsShares(text: String, value: Double, unit: String?) throws {
    let quantities = MetricsFixtures.quantities(text)
    try #require(quantities.count == 1)
    #expect(quantities[0].kind == .percentage)
    #expect(abs((quantities[0].value ?? -1) - value) < 1e-12)
    #expect(quantities[0].unit == unit)
  }

  @Test func shareRangesScaleBothEnds() throws {
    let quantities = MetricsFixtures.quantities("增速保持在3%-5%之间，利润率3至5%")
    try #require(quantities.count == 2)
    #expect(quantities[0].low == 0.03 && quantities[0].high == 0.05)
    #expect(quantities[1].low == 0.03 && quantities[1].high == 0.05)
  }
}
