import Testing

@testable import BeijiangModel

/// Money and number expressions of the kind public expression suites collect (vague leads, mixed
/// magnitudes, negative temperatures, exact decimals), in composed news sentences, and the traps
/// beside them: numerals inside names and idioms, ordinals, counts.
@Suite struct ExpressionSuiteTests {
  @Test(arguments: [
    // 数 and 上 before a unit character: at least that many.
    FormCase(text: "全区新增贷款数十亿元，支持小微企业", surface: "数十亿元", value: 1e9, unit: "元", qualifier: .atLeast),
    FormCase(text: "全旗投入资金数亿元", surface: "数亿元", value: 1e8, unit: "元", qualifier: .atLeast),
    FormCase(text: "吸引数万名游客前来观光", surface: "数万名", value: 10_000, unit: "名", qualifier: .atLeast),
    FormCase(text: "该企业年营业收入上千万元", surface: "上千万元", value: 1e7, unit: "元", qualifier: .atLeast),
    FormCase(text: "上万名游客涌入口岸", surface: "上万名", value: 10_000, unit: "名", qualifier: .atLeast),
    FormCase(text: "新建牧区道路上百公里", surface: "上百公里", value: 100, unit: "公里", qualifier: .atLeast),
    FormCase(text: "全市上千家企业参与", surface: "上千家", value: 1000, unit: "家", qualifier: .atLeast),
    FormCase(text: "已有数百名牧民参加培训", surface: "数百名", value: 100, unit: "名", qualifier: .atLeast),
    // A number holding 亿 is one number before 万元's 元: 3亿5千万元 is 3.5亿元.
    FormCase(text: "项目一期投资3亿5千万元", surface: "3亿5千万元", value: 350_000_000, unit: "元"),
    FormCase(text: "本次共发放补贴资金两亿三千万元", surface: "两亿三千万元", value: 230_000_000, unit: "元"),
    FormCase(text: "全年投入5千万元", surface: "5千万元", value: 50_000_000, unit: "元"),
    // 零下 makes a temperature negative.
    FormCase(text: "供暖期平均气温零下12摄氏度", surface: "零下12摄氏度", value: -12, unit: "摄氏度"),
    FormCase(text: "最低气温降至零下38℃", surface: "零下38℃", value: -38, unit: "摄氏度"),
    // 多 after 倍 and 成.
    FormCase(text: "货运量同比增长一倍多", surface: "一倍多", value: 1, unit: "倍", qualifier: .atLeast),
    FormCase(text: "发电量同比增长一成多", surface: "一成多", value: 0.1, unit: "成", qualifier: .atLeast),
    // Forms that were right and must stay so.
    FormCase(text: "今年已争取中央资金3000余万元", surface: "3000余万元", value: 30_000_000, unit: "元", qualifier: .atLeast),
    FormCase(text: "预计全年进出口总额约5万亿元", surface: "约5万亿元", value: 5e12, unit: "元", qualifier: .about),
    FormCase(
      text: "每户补贴标准为5至8万元", surface: "5至8万元", value: nil, unit: "元", low: 50_000, high: 80_000),
    FormCase(text: "企业累计投资一千二百万元", surface: "一千二百万元", value: 12_000_000, unit: "元"),
    FormCase(text: "城镇化率提高了百分之三十", surface: "百分之三十", value: 0.3, unit: "%"),
    FormCase(text: "比上年同期回落3个百分点", surface: "3个百分点", value: 0.03, unit: "百分点"),
    FormCase(text: "该市财政收入十几亿元", surface: "十几亿元", value: 1.1e9, unit: "元", qualifier: .atLeast),
  ])
  func readsExpressions(_ form: FormCase) {
    form.check()
  }

  /// 520.3亿 is the decimal 52030000000, not the binary product 52029999999.99999.
  @Test(arguments: [
    ("外贸进出口总值为520.3亿元", 52_030_000_000.0), ("企业利润2.3亿元", 230_000_000),
    ("总投资4.35亿元", 435_000_000), ("税收收入增长5.2%", 0.052), ("服务热用户21.72万户", 217_200),
    ("投资一点五亿元", 150_000_000), ("道路长1.1公里", 1.1),
  ])
  func decimalsTimesMagnitudesAreExact(text: String, value: Double) {
    let mention = MetricsFixtures.quantities(text).first
    #expect(mention?.value == value, "\(text): \(String(describing: mention?.value))")
  }

  @Test(arguments: [("道路长1.1公里", 1100.0), ("重2.3千克", 2.3), ("重500克", 0.5)])
  func baseValuesAreExact(text: String, base: Double) {
    #expect(MetricsFixtures.quantities(text).first?.baseValue == base, "\(text)")
  }

  /// Vague leads that end a word or an idiom, and numerals in names, idioms and ordinals: the
  /// figures found are exactly these.
  @Test(arguments: [
    ("成千上万的候鸟在湿地栖息", [String]()), ("参会人数十分踊跃", []), ("全市参保人数十年间翻了一番", ["翻了一番"]),
    ("马上千方百计解决", []), ("四子王旗今年种植马铃薯12万亩", ["12万亩"]), ("二连浩特口岸迎来繁忙的一天", []),
    ("一道防风固沙的绿色屏障", []), ("全市一线职工有5万多人", ["5万多人"]), ("三北工程全面推进", []),
    ("上万", []), ("数十", []), ("加上3000元补贴", ["3000元"]), ("每天数万人次通关", ["数万人次"]),
    ("代表们在会上千方百计出主意", []), ("上千方百计", []), ("全区有数十个口岸和上百家物流企业", ["数十个", "上百家"]),
    ("连续数十年保持增长", ["数十年"]),
  ])
  func findsOnlyTheseFigures(text: String, surfaces: [String]) {
    #expect(MetricsFixtures.quantities(text).map(\.surface) == surfaces, "\(text)")
  }

  @Test func countsAndOrdinalsStayWhatTheyAre() {
    let found = MetricsFixtures.extractor.extract("六个工程中有三个已完工，第二批示范项目共有18个")
    #expect(found.quantities.map(\.surface) == ["六个", "三个", "18个"])
    #expect(found.ordinals.map(\.surface) == ["第二批"])
  }
}
