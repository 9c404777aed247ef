import BeijiangModel
import Testing

/// 1/3 written with a slash, as statistics write shares; dates and codes with slashes are not
/// shares. Sentences composed for these tests.
@Suite struct SlashFractionTests {
  @Test(
    arguments: [
      ("这个旗的耕地占全盟的1/6。", ["1/6"], [1.0 / 6]),
      ("两个园区的产值约为全市的1/6和1/3左右。", ["1/6", "1/3左右"], [1.0 / 6, 1.0 / 3]),
      ("去年的新增订单有2／5来自周边国家。", ["2／5"], [0.4]),
    ] as [(String, [String], [Double])])
  func slashSharesAreShares(text: String, surfaces: [String], values: [Double]) {
    let shares = MetricsExtractor(referenceDate: nil).extract(text).quantities
    #expect(shares.map(\.surface) == surfaces)
    #expect(shares.map { $0.value ?? -1 } == values)
    #expect(shares.allSatisfy { $0.dimension == "share" })
  }

  @Test(arguments: ["数据截至2023/10/01。", "比分是3/1。"])
  func datesAndLargerNumeratorsAreNoShares(text: String) {
    let quantities = MetricsExtractor(referenceDate: nil).extract(text).quantities
    #expect(!quantities.contains { $0.dimension == "share" })
  }
}
