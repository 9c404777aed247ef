import Testing

@testable import BeijiangModel

/// A list of numbers whose unit is written once, after the last number, on sentences composed for
/// these tests. Each earlier number must read as if its unit had been written out: the test compares
/// it with the same number in a sentence that writes the unit, so the truth is the written form, not
/// today's output.
@Suite struct ListedUnitTests {
  struct Shared: Sendable, CustomTestStringConvertible {
    /// The sentence with the list.
    let text: String
    /// A number of the list before its unit.
    let surface: String
    /// The same number with the unit written out.
    let written: String
    var testDescription: String { "\(surface) in \(text)" }
  }

  static let shared: [Shared] = [
    Shared(text: "两项指标分别提高4.6和3.1个百分点。", surface: "4.6", written: "4.6个百分点"),
    Shared(text: "三个盟市的降幅收窄1.7、0.7、8.3个百分点。", surface: "1.7", written: "1.7个百分点"),
    Shared(text: "三个盟市的降幅收窄1.7、0.7、8.3个百分点。", surface: "0.7", written: "0.7个百分点"),
    Shared(text: "城乡居民人均收入分别为1.2、3.4万元。", surface: "1.2", written: "1.2万元"),
    Shared(text: "新建换热站12与15座，分布在两个城区。", surface: "12", written: "12座"),
    Shared(text: "两个口岸的货运量分别为350及420万吨。", surface: "350", written: "350万吨"),
    Shared(text: "治沙面积为8以及9.5万亩。", surface: "8", written: "8万亩"),
  ]

  @Test(arguments: shared)
  func earlierNumbersTakeTheLastUnit(_ example: Shared) throws {
    let found = MetricsFixtures.quantities(example.text)
    let listed = try #require(
      found.first { $0.surface == example.surface }, "\(found.map(\.surface))")
    let alone = try #require(MetricsFixtures.quantities(example.written).first)
    #expect(listed.unit == alone.unit)
    #expect(listed.dimension == alone.dimension)
    #expect(listed.value == alone.value)
    #expect(listed.baseValue == alone.baseValue)
  }

  /// Lists that must not share a unit, and the unit-less figure each keeps.
  struct Kept: Sendable, CustomTestStringConvertible {
    let text: String
    let surface: String
    var testDescription: String { "\(surface) in \(text)" }
  }

  static let kept: [Kept] = [
    // Years listed before 年 are years, not durations.
    Kept(text: "2019、2020年连续两年获评先进单位。", surface: "2019")
  ]

  @Test(arguments: kept)
  func listsThatDoNotShare(_ example: Kept) throws {
    let found = MetricsFixtures.quantities(example.text)
    let listed = found.first { $0.surface == example.surface }
    #expect(listed?.unit == nil || listed?.unit != found.last?.unit, "\(found.map(\.surface))")
  }

  /// A range keeps its own reading: 20和30之间 is one figure with two bounds, not a list.
  @Test func rangeBetweenTwoNumbersIsUnchanged() throws {
    let found = MetricsFixtures.quantities("日均客流在20和30万人次之间。")
    #expect(!found.contains { $0.surface == "20" && $0.unit == "人次" }, "\(found.map(\.surface))")
  }

  /// Chinese numerals before 、 number the points of a list (十一、), so they never take a unit.
  @Test func chineseNumeralsDoNotShare() {
    let found = MetricsFixtures.quantities("十一、三项工程完成投资5亿元。")
    #expect(!found.contains { $0.surface.hasPrefix("十一") && $0.unit == "元" })
  }
}
