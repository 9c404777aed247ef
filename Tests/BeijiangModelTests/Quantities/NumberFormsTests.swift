import Testing

@testable import BeijiangModel

/// Numbers as Chinese reporting writes them, read by the number reader alone.
@Suite struct NumberFormsTests {
  private let reader = MetricsLexicon.shared.numbers

  @Test(arguments: [
    // Chinese numerals in full.
    ("一百五十二", 152.0, 5), ("十五", 15, 2), ("零点五", 0.5, 3), ("一百零五", 105, 4), ("一千零五十", 1050, 5),
    // The last unit left out, as speech does.
    ("四百五", 450, 3), ("两千四百五", 2450, 5), ("三万五", 35_000, 3), ("一亿五", 150_000_000, 3),
    ("一千二", 1200, 3),
    // 万/亿 groups, Arabic and mixed.
    ("5万4千6百", 54_600, 6), ("5亿1万4千6百", 500_014_600, 8), ("三千五百万", 35_000_000, 5),
    ("一亿三千万", 130_000_000, 5),
    // Decimals.
    ("三点一", 3.1, 3), ("二点五万", 25_000, 4), ("2.5万", 25_000, 4), ("十二点五", 12.5, 4),
    // Digit by digit.
    ("二零二四", 2024, 4), ("二〇二四", 2024, 4),
    // Full-width digits and separators; Arabic thousands.
    ("１，２３４．５", 1234.5, 7), ("12,345", 12_345, 6), ("1.5万亿", 1_500_000_000_000, 5),
  ])
  func readsNumbers(text: String, value: Double, length: Int) {
    let reading = reader.read(text.scalars, at: 0)
    #expect(reading?.value == value, "\(text)")
    #expect(reading?.end == length, "\(text)")
  }

  @Test(arguments: [
    // 八点三十分 is a time of day: 点 before 十 is no decimal point.
    ("八点三十分", 8.0, 1),
    // 三两 is three 两, not 32; 零 alone starts nothing.
    ("三两", 3, 1),
    // 5万2024年: digits after a magnitude continue only before another unit.
    ("5万2024年", 50_000, 2),
  ])
  func stopsWhereTheNumberEnds(text: String, value: Double, length: Int) {
    let reading = reader.read(text.scalars, at: 0)
    #expect(reading?.value == value, "\(text)")
    #expect(reading?.end == length, "\(text)")
  }

  @Test func vagueDigitsAreNoMonthOrDay() {
    #expect(reader.readPlainInteger("几".scalars, at: 0) == nil)
    #expect(reader.read("十几".scalars, at: 0)?.isVague == true)
  }
}
