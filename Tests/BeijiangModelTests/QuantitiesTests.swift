import Foundation
import Testing

@testable import BeijiangModel

/// What a test expects of one quantity; nil fields are not checked.
struct ExpectedQuantity: Sendable, CustomStringConvertible {
  var surface: String
  var value: Double?
  var unit: String?
  var dimension: String? = nil
  var qualifier: QuantityMention.Qualifier? = nil
  var role: QuantityMention.Role = .achieved
  var low: Double? = nil
  var high: Double? = nil
  var subject: String? = nil
  var counted: String? = nil

  var description: String { surface }

  func check(_ found: QuantityMention?, in text: String) {
    guard let found else {
      Issue.record("no quantity \(surface) in \(text)")
      return
    }
    #expect(found.value == value, "\(surface) value")
    #expect(found.unit == unit, "\(surface) unit")
    if let dimension { #expect(found.dimension == dimension, "\(surface) dimension") }
    #expect(found.qualifier == qualifier, "\(surface) qualifier")
    #expect(found.role == role, "\(surface) role")
    if low != nil || high != nil {
      #expect(found.low == low && found.high == high, "\(surface) range")
    }
    if let subject { #expect(found.subject == subject, "\(surface) subject") }
    if let counted { #expect(found.counted == counted, "\(surface) counted") }
  }
}

@Suite struct QuantitiesTests {
  @Test(arguments: [
    (
      "完成造林300万亩以上",
      ExpectedQuantity(
        surface: "300万亩以上", value: 3_000_000, unit: "亩", dimension: "area", qualifier: .atLeast, subject: "造林"
      )
    ),
    (
      "每年达到4亿元左右",
      ExpectedQuantity(surface: "4亿元左右", value: 400_000_000, unit: "元", dimension: "money", qualifier: .about)
    ),
    (
      "服务热用户21.72万户。",
      ExpectedQuantity(
        surface: "21.72万户", value: 217_200, unit: "户", dimension: "count", role: .current, subject: "热用户")
    ),
    ("万吨级生产线", ExpectedQuantity(surface: "万吨", value: 10_000, unit: "吨", dimension: "mass", role: .current)),
    (
      "绵延4200多公里的边境线上",
      ExpectedQuantity(
        surface: "4200多公里", value: 4200, unit: "公里", dimension: "length", qualifier: .atLeast, role: .current,
        subject: "边境线")
    ),
    (
      "口岸达20个之多。",
      ExpectedQuantity(
        surface: "20个之多", value: 20, unit: "个", qualifier: .emphasis, role: .current, subject: "口岸")
    ),
    ("投入1583万元慰问职工", ExpectedQuantity(surface: "1583万元", value: 15_830_000, unit: "元", subject: "投入")),
    ("选树85名北疆工匠，", ExpectedQuantity(surface: "85名", value: 85, unit: "名", counted: "北疆工匠")),
    ("走访12个口岸，", ExpectedQuantity(surface: "12个", value: 12, unit: "个", counted: "口岸")),
    (
      "供热面积覆盖呼和浩特市3235万平方米，",
      ExpectedQuantity(surface: "3235万平方米", value: 32_350_000, unit: "平方米", role: .current, subject: "供热面积")
    ),
    (
      "2027年将达到9100万平方米的供热覆盖",
      ExpectedQuantity(surface: "9100万平方米", value: 91_000_000, unit: "平方米", role: .target, subject: "供热覆盖")
    ),
    (
      "目标是供热面积达到3000万平方米",
      ExpectedQuantity(surface: "3000万平方米", value: 30_000_000, unit: "平方米", role: .target, subject: "供热面积")
    ),
    ("已经建成光伏电站500兆瓦", ExpectedQuantity(surface: "500兆瓦", value: 500, unit: "兆瓦", dimension: "power")),
    ("新增装机容量10万千瓦", ExpectedQuantity(surface: "10万千瓦", value: 100_000, unit: "千瓦", dimension: "power")),
    ("计划新建风电项目3千兆瓦", ExpectedQuantity(surface: "3千兆瓦", value: 3000, unit: "兆瓦", role: .plan)),
    ("新修道路3千米", ExpectedQuantity(surface: "3千米", value: 3, unit: "千米", dimension: "length")),
    (
      "治理沙化土地200至300万亩",
      ExpectedQuantity(surface: "200至300万亩", value: nil, unit: "亩", low: 2_000_000, high: 3_000_000)
    ),
    (
      "总投资4亿到5亿元",
      ExpectedQuantity(surface: "4亿到5亿元", value: nil, unit: "元", low: 400_000_000, high: 500_000_000)
    ),
    (
      "建设周期3-5年",
      ExpectedQuantity(
        surface: "3-5年", value: nil, unit: "年", dimension: "time", role: .current, low: 3, high: 5)
    ),
    ("力争到2027年建成输电线路1200公里", ExpectedQuantity(surface: "1200公里", value: 1200, unit: "公里", role: .target)),
    ("目标是年产值突破50亿元", ExpectedQuantity(surface: "50亿元", value: 5_000_000_000, unit: "元", role: .target)),
    ("累计投入1380万元支持口岸", ExpectedQuantity(surface: "1380万元", value: 13_800_000, unit: "元", role: .achieved)),
    ("已经完成投资12.5亿元", ExpectedQuantity(surface: "12.5亿元", value: 1_250_000_000, unit: "元", role: .achieved)),
    (
      "约300名职工参加",
      ExpectedQuantity(
        surface: "约300名", value: 300, unit: "名", qualifier: .about, role: .current, counted: "职工")
    ),
    ("近3公里长", ExpectedQuantity(surface: "近3公里", value: 3, unit: "公里", qualifier: .atMost, role: .current)),
    (
      "超过5000人次参与",
      ExpectedQuantity(surface: "超过5000人次", value: 5000, unit: "人次", qualifier: .atLeast, role: .current)
    ),
    (
      "不到100公顷",
      ExpectedQuantity(
        surface: "不到100公顷", value: 100, unit: "公顷", dimension: "area", qualifier: .atMost, role: .current)
    ),
    ("收入1,234,567元", ExpectedQuantity(surface: "1,234,567元", value: 1_234_567, unit: "元", role: .current)),
    ("援助资金200万美元", ExpectedQuantity(surface: "200万美元", value: 2_000_000, unit: "美元", dimension: "money")),
    ("发放补贴三千五百万元", ExpectedQuantity(surface: "三千五百万元", value: 35_000_000, unit: "元")),
    ("建成两百座充电站", ExpectedQuantity(surface: "两百座", value: 200, unit: "座", counted: "充电站")),
    ("运行十一个月", ExpectedQuantity(surface: "十一个月", value: 11, unit: "个月", dimension: "time", role: .current)),
    ("工期3年多", ExpectedQuantity(surface: "3年多", value: 3, unit: "年", qualifier: .atLeast, role: .current)),
    ("建成3个以上", ExpectedQuantity(surface: "3个以上", value: 3, unit: "个", qualifier: .atLeast)),
    (
      "1.2万亩以下",
      ExpectedQuantity(surface: "1.2万亩以下", value: 12_000, unit: "亩", qualifier: .atMost, role: .current)
    ),
    ("覆盖三个旗县", ExpectedQuantity(surface: "三个旗县", value: 3, unit: "个旗县", role: .current)),
    ("走访两个县", ExpectedQuantity(surface: "两个", value: 2, unit: "个", counted: "县")),
    ("完成１２０吨", ExpectedQuantity(surface: "１２０吨", value: 120, unit: "吨")),
    (
      "储量3亿立方米",
      ExpectedQuantity(surface: "3亿立方米", value: 300_000_000, unit: "立方米", dimension: "volume", role: .current)
    ),
    (
      "全区新能源装机达到1.35亿千瓦，",
      ExpectedQuantity(
        surface: "1.35亿千瓦", value: 135_000_000, unit: "千瓦", dimension: "power", subject: "新能源装机")
    ),
    (
      "风电装机规模达到3000万至4000万千瓦。",
      ExpectedQuantity(
        surface: "3000万至4000万千瓦", value: nil, unit: "千瓦", low: 30_000_000, high: 40_000_000, subject: "风电装机规模"
      )
    ),
    (
      "下半年将新增就业岗位2万个。",
      ExpectedQuantity(surface: "2万个", value: 20_000, unit: "个", role: .target, subject: "就业岗位")
    ),
    (
      "到2025年，全区森林覆盖率达到23.5%以上",
      ExpectedQuantity(
        surface: "23.5%以上", value: 0.235, unit: "%", dimension: "share", qualifier: .atLeast, role: .target,
        subject: "森林覆盖率")
    ),
    (
      "建成后，年发电量可达30亿千瓦时",
      ExpectedQuantity(
        surface: "30亿千瓦时", value: 3_000_000_000, unit: "千瓦时", dimension: "energy", role: .current,
        subject: "年发电量")
    ),
    (
      "一季度实现地区生产总值5600亿元",
      ExpectedQuantity(surface: "5600亿元", value: 560_000_000_000, unit: "元", subject: "地区生产总值")
    ),
    (
      "50余家企业的2000多名职工参加",
      ExpectedQuantity(
        surface: "2000多名", value: 2000, unit: "名", qualifier: .atLeast, role: .current, counted: "职工")
    ),
    (
      "40多年来坚持创新",
      ExpectedQuantity(
        surface: "40多年", value: 40, unit: "年", dimension: "time", qualifier: .atLeast, role: .current)
    ),
  ])
  func extractsQuantity(text: String, expected: ExpectedQuantity) {
    let found = MetricsFixtures.quantities(text).first { $0.surface == expected.surface }
    expected.check(found, in: text)
  }

  @Test func unitsOfOneDimensionCompare() {
    let found = MetricsFixtures.quantities("全长3公里，其中3000米已通车；装机110兆瓦，即110000千瓦；面积15亩，约1公顷")
    let base = Dictionary(found.map { ($0.surface, ($0.baseValue ?? -1, $0.baseUnit ?? "")) }) { first, _ in
      first
    }
    #expect(base["3公里"]?.0 == base["3000米"]?.0)
    #expect(base["3公里"]?.1 == "米")
    #expect(base["110兆瓦"]?.0 == base["110000千瓦"]?.0)
    #expect(base["110兆瓦"]?.1 == "瓦")
    #expect(abs((base["15亩"]?.0 ?? 0) - 10_000) < 1e-6)
    #expect(base["约1公顷"]?.0 == 10_000)
  }

  /// Numerals inside names and set phrases, period names and ordinals are not quantities.
  @Test(arguments: [
    "深入四子王旗看望慰问", "二连浩特市总工会", "在五原县总工会", "“三北”工程攻坚战", "一线职工", "风电光伏一体化工程",
    "进一步激励", "一站式服务", "第一时间印发", "一时间，各级工会纷纷行动", "千方百计为职工办实事", "一幕幕生动实践",
    "下一盘棋、拧成一股绳", "建功“十四五”", "第七届全国职工", "十一届七次全会", "2024年1号文件", "阿荣山1328驿站",
    "“三北”六期工程", "实施“六个工程”", "“两个稀土基地”建设", "一场大会战", "每一件实事", "六盘水市", "5G基站",
    "万物新生", "百舸争流", "万人空巷", "百年大计", "五成员单位", "PM2.5浓度",
  ])
  func findsNoQuantity(text: String) {
    #expect(MetricsFixtures.quantities(text).isEmpty, "\(MetricsFixtures.quantities(text).map(\.surface))")
  }

  @Test(
    arguments: [
      ("在第七届全国职工优秀技术创新成果交流活动中", "第七届", 7, "edition"),
      ("自治区党委十一届七次全会", "十一届", 11, "edition"),
      ("自治区党委十一届七次全会", "七次全会", 7, "session"),
      ("印发2024年1号文件", "1号文件", 1, "document"),
      ("阿荣山1328驿站", "1328驿站", 1328, "station"),
      ("建功“十四五”", "十四五", 14, "period"),
      ("“三北”六期工程", "六期工程", 6, "phase"),
      ("第五地质质控院", "第五", 5, "ordinal"),
    ] as [(String, String, Int, String)])
  func readsOrdinals(text: String, surface: String, value: Int, kind: String) {
    let ordinal = MetricsFixtures.extractor.extract(text).ordinals.first { $0.surface == surface }
    #expect(ordinal?.value == value)
    #expect(ordinal?.kind == kind)
  }

  @Test func ordinalsAreNotDatesOrQuantities() {
    let metrics = MetricsFixtures.extractor.extract("自治区党委十一届七次全会暨全区经济工作会议")
    #expect(metrics.quantities.isEmpty)
    #expect(metrics.dates.isEmpty)
    #expect(metrics.ordinals.count == 2)
  }

  @Test func encodesAbsentFieldsAsNull() throws {
    let quantity = try #require(MetricsFixtures.quantities("达到4亿元左右").first)
    let json = String(decoding: try JSONEncoder().encode(quantity), as: UTF8.self)
    #expect(json.contains("\"low\":null"))
    #expect(json.contains("\"qualifier\":\"about\""))
    #expect(json.contains("\"role\":\"achieved\""))
  }
}
