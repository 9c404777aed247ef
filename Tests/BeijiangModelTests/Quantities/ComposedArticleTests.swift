import Testing

@testable import BeijiangModel

/// Articles composed for these tests in the manner of regional reporting, mixing the forms: every
/// figure must come out, in order, and nothing else.
@Suite struct ComposedArticleTests {
  typealias Row = (surface: String, value: Double?, unit: String?, role: QuantityMention.Role)

  private static let economy = """
    一季度，全盟地区生产总值完成四百五十二亿元，同比增长6.3%，增速高于全区平均水平0.8个百分点。\
    规模以上工业增加值同比增长一成半左右，其中装备制造业增加值增长三成。\
    全盟新能源装机达到1200万千瓦，计划到2027年突破两千四百五十万千瓦。\
    繁忙的一天从清晨开始，一线职工坚守岗位。
    """

  private static let economyRows: [Row] = [
    ("四百五十二亿元", 45_200_000_000, "元", .achieved),
    ("6.3%", 0.063, "%", .achieved),
    ("0.8个百分点", 0.008, "百分点", .current),
    ("一成半左右", 0.15, "成", .achieved),
    ("三成", 0.3, "成", .achieved),
    ("1200万千瓦", 12_000_000, "千瓦", .achieved),
    ("两千四百五十万千瓦", 24_500_000, "千瓦", .target),
  ]

  private static let port = """
    今年以来，口岸进出境中欧班列1万列到1.2万列，货运量超300万吨，同比下降负2.5%。\
    进口煤炭单价约85美元，较上年回落至七十美元又五十美分。\
    口岸商户推出五五折优惠，部分商品对折出售，客流比去年翻了一番。\
    全口岸共有商户三百余家，从业人员两三千人。
    """

  private static let portRows: [Row] = [
    ("1万列到1.2万列", nil, "列", .current),
    ("超300万吨", 3_000_000, "吨", .current),
    ("负2.5%", -0.025, "%", .achieved),
    ("约85美元", 85, "美元", .current),
    ("七十美元又五十美分", 70.5, "美元", .achieved),
    ("五五折", 0.55, "折", .achieved),
    ("对折", 0.5, nil, .current),
    ("翻了一番", 2, "倍", .achieved),
    ("三百余家", 300, "家", .current),
    ("两三千人", nil, "人", .current),
  ]

  @Test(arguments: [(economy, economyRows), (port, portRows)] as [(String, [Row])])
  func everyFigureComesOut(text: String, rows: [Row]) {
    let found = MetricsFixtures.quantities(text)
    #expect(found.map(\.surface) == rows.map(\.surface))
    for (mention, row) in zip(found, rows) {
      if let value = row.value {
        #expect(abs((mention.value ?? .nan) - value) <= 1e-9 * max(1, abs(value)), "\(row.surface) value")
      } else {
        #expect(mention.value == nil && mention.low != nil, "\(row.surface) range")
      }
      #expect(mention.unit == row.unit, "\(row.surface) unit")
      #expect(mention.role == row.role, "\(row.surface) role")
    }
  }
}
