import Testing

@testable import BeijiangModel

/// Every written form of a figure the issue lists, in a sentence of the kind reporting writes.
@Suite struct QuantityFormsTests {
  @Test(arguments: [
    FormCase(text: "全年接待游客一百五十二人次。", surface: "一百五十二人次", value: 152, unit: "人次"),
    FormCase(text: "这一数字是四百五。", surface: "四百五", value: 450),
    FormCase(text: "共计两千四百五，", surface: "两千四百五", value: 2450),
    FormCase(text: "参与职工三万五千人", surface: "三万五千人", value: 35_000, unit: "人"),
    FormCase(text: "覆盖人口三万五。", surface: "三万五", value: 35_000),
    FormCase(text: "编号为二零二四。", surface: "二零二四", value: 2024),
    FormCase(text: "库存5万4千6百吨", surface: "5万4千6百吨", value: 54_600, unit: "吨"),
    FormCase(text: "总额5亿1万4千6百元", surface: "5亿1万4千6百元", value: 500_014_600, unit: "元"),
    FormCase(text: "气温为负三十二摄氏度", surface: "负三十二摄氏度", value: -32, unit: "摄氏度"),
    FormCase(text: "利润同比-22.2%，", surface: "-22.2%", value: -0.222, unit: "%"),
    FormCase(text: "增速为－122％。", surface: "－122％", value: -1.22, unit: "%"),
    FormCase(text: "完成投资１，２３４．５万元", surface: "１，２３４．５万元", value: 12_345_000, unit: "元"),
    FormCase(text: "吸纳就业12,345人", surface: "12,345人", value: 12_345, unit: "人"),
    FormCase(text: "平均降雨量三点一毫米", surface: "三点一毫米", value: 3.1, unit: "毫米"),
    FormCase(text: "出口额2.5万美元", surface: "2.5万美元", value: 25_000, unit: "美元", currency: "USD"),
    FormCase(text: "占到四分之一", surface: "四分之一", value: 0.25, kind: .percentage),
    FormCase(text: "十几个旗县", surface: "十几个旗县", value: 11, unit: "个旗县", qualifier: .atLeast),
    FormCase(text: "吸引几十万人参与", surface: "几十万人", value: 100_000, unit: "人", qualifier: .atLeast),
  ])
  func numbers(_ form: FormCase) { form.check() }

  @Test(arguments: [
    FormCase(text: "覆盖率达50%", surface: "50%", value: 0.5, unit: "%", kind: .percentage),
    FormCase(text: "占百分之五十", surface: "百分之五十", value: 0.5, unit: "%"),
    FormCase(text: "发生率为千分之二点四", surface: "千分之二点四", value: 0.0024, unit: "‰"),
    FormCase(text: "九成以上的牧户", surface: "九成以上", value: 0.9, unit: "成", qualifier: .atLeast),
    FormCase(text: "约三成半的企业", surface: "约三成半", value: 0.35, unit: "成", qualifier: .about),
    FormCase(text: "只占半成", surface: "半成", value: 0.05, kind: .percentage),
    FormCase(text: "门票75折", surface: "75折", value: 0.75, unit: "折", dimension: "share"),
    FormCase(text: "全场五五折", surface: "五五折", value: 0.55, unit: "折"),
    FormCase(text: "商品打八折", surface: "八折", value: 0.8, unit: "折"),
    FormCase(text: "淡季8.5折", surface: "8.5折", value: 0.85, unit: "折"),
    FormCase(text: "部分商品对折出售", surface: "对折", value: 0.5, kind: .percentage),
    FormCase(text: "下降2个百分点", surface: "2个百分点", value: 0.02, unit: "百分点", dimension: "share"),
    FormCase(text: "提高六个百分点", surface: "六个百分点", value: 0.06, unit: "百分点"),
  ])
  func shares(_ form: FormCase) { form.check() }

  @Test(arguments: [
    FormCase(text: "约300万元", surface: "约300万元", value: 3_000_000, unit: "元", qualifier: .about),
    FormCase(text: "近5000人", surface: "近5000人", value: 5000, unit: "人", qualifier: .atMost),
    FormCase(
      text: "逾100家企业", surface: "逾100家", value: 100, unit: "家", qualifier: .atLeast, lowInclusive: false),
    FormCase(text: "交易额超300亿元", surface: "超300亿元", value: 3e10, unit: "元", qualifier: .atLeast),
    FormCase(text: "超过5000人次", surface: "超过5000人次", value: 5000, unit: "人次", qualifier: .atLeast),
    FormCase(text: "3000多人", surface: "3000多人", value: 3000, unit: "人", qualifier: .atLeast),
    FormCase(text: "1万余户", surface: "1万余户", value: 10_000, unit: "户", qualifier: .atLeast),
    FormCase(text: "建设面积1000多万亩", surface: "1000多万亩", value: 1e7, unit: "亩", qualifier: .atLeast),
    FormCase(text: "惠及20余万人", surface: "20余万人", value: 200_000, unit: "人", qualifier: .atLeast),
    FormCase(text: "50人左右", surface: "50人左右", value: 50, unit: "人", qualifier: .about),
    FormCase(text: "亩产500公斤上下", surface: "500公斤上下", value: 500, unit: "公斤", qualifier: .about),
    FormCase(
      text: "1000吨以上", surface: "1000吨以上", value: 1000, unit: "吨", qualifier: .atLeast, lowInclusive: true),
    FormCase(text: "5公斤以下", surface: "5公斤以下", value: 5, unit: "公斤", qualifier: .atMost, highInclusive: true),
    FormCase(
      text: "不到30%", surface: "不到30%", value: 0.3, unit: "%", qualifier: .atMost, highInclusive: false),
    FormCase(text: "至少20个", surface: "至少20个", value: 20, unit: "个", qualifier: .atLeast, lowInclusive: true),
    FormCase(text: "最多5辆", surface: "最多5辆", value: 5, unit: "辆", qualifier: .atMost),
    FormCase(
      text: "不低于90%", surface: "不低于90%", value: 0.9, unit: "%", qualifier: .atLeast, lowInclusive: true),
    FormCase(text: "不超过3年", surface: "不超过3年", value: 3, unit: "年", qualifier: .atMost, highInclusive: true),
  ])
  func qualifiers(_ form: FormCase) { form.check() }

  @Test(arguments: [
    FormCase(text: "治理200至300万亩", surface: "200至300万亩", value: nil, unit: "亩", low: 2e6, high: 3e6),
    FormCase(text: "开行1万列到2.5万列", surface: "1万列到2.5万列", value: nil, unit: "列", low: 10_000, high: 25_000),
    FormCase(text: "工期3—5年", surface: "3—5年", value: nil, unit: "年", low: 3, high: 5),
    FormCase(text: "增长20%~30%", surface: "20%~30%", value: nil, unit: "%", low: 0.2, high: 0.3),
    FormCase(
      text: "取值大于二十的同时小于等于三十五", surface: "大于二十的同时小于等于三十五", value: nil, low: 20, high: 35,
      lowInclusive: false, highInclusive: true),
    FormCase(
      text: "大于二十小于等于三十五", surface: "大于二十小于等于三十五", value: nil, low: 20, high: 35, lowInclusive: false,
      highInclusive: true),
    FormCase(text: "温度位于20和30之间", surface: "20和30之间", value: nil, low: 20, high: 30),
    FormCase(text: "面积在1000以上1500以下", surface: "1000以上1500以下", value: nil, low: 1000, high: 1500),
    FormCase(text: "每户七八个人", surface: "七八个", value: nil, unit: "个", low: 7, high: 8, qualifier: .about),
    FormCase(text: "需要两三天", surface: "两三天", value: nil, unit: "天", low: 2, high: 3, qualifier: .about),
  ])
  func ranges(_ form: FormCase) { form.check() }

  @Test(arguments: [
    FormCase(text: "票价五元三毛", surface: "五元三毛", value: 5.3, unit: "元", currency: "CNY"),
    FormCase(text: "一瓶水三块五", surface: "三块五", value: 3.5, unit: "元"),
    FormCase(text: "售价两美元又三美分", surface: "两美元又三美分", value: 2.03, unit: "美元", currency: "USD"),
    FormCase(text: "出口额3亿美元", surface: "3亿美元", value: 3e8, unit: "美元", currency: "USD"),
    FormCase(text: "货值1200万欧元", surface: "1200万欧元", value: 1.2e7, unit: "欧元", currency: "EUR"),
    FormCase(text: "约50亿日元", surface: "约50亿日元", value: 5e9, unit: "日元", qualifier: .about, currency: "JPY"),
    FormCase(text: "融资8亿港元", surface: "8亿港元", value: 8e8, unit: "港元", currency: "HKD"),
    FormCase(text: "价格为20英镑", surface: "20英镑", value: 20, unit: "英镑", currency: "GBP"),
    FormCase(text: "合同额30亿卢布", surface: "30亿卢布", value: 3e9, unit: "卢布", currency: "RUB"),
    FormCase(text: "收入5万图格里克", surface: "5万图格里克", value: 50_000, unit: "图格里克", currency: "MNT"),
    FormCase(text: "每股99美分", surface: "99美分", value: 99, unit: "美分", currency: "USD"),
  ])
  func money(_ form: FormCase) { form.check() }

  @Test(arguments: [
    FormCase(text: "牛肉5斤2两", surface: "5斤2两", value: 5.2, unit: "斤", dimension: "mass"),
    FormCase(text: "收购羊毛300克", surface: "300克", value: 300, unit: "克", dimension: "mass"),
    FormCase(text: "产量12万吨", surface: "12万吨", value: 120_000, unit: "吨", dimension: "mass"),
    FormCase(text: "全长12.5千米", surface: "12.5千米", value: 12.5, unit: "千米", dimension: "length"),
    FormCase(text: "降水20厘米", surface: "20厘米", value: 20, unit: "厘米", dimension: "length"),
    FormCase(text: "线宽缩小到14纳米", surface: "14纳米", value: 14, unit: "纳米", dimension: "length"),
    FormCase(
      text: "误差不超过5微米", surface: "不超过5微米", value: 5, unit: "微米", qualifier: .atMost, dimension: "length"),
    FormCase(text: "配备55英寸显示屏", surface: "55英寸", value: 55, unit: "英寸", dimension: "length"),
    FormCase(text: "航道距岸12海里", surface: "12海里", value: 12, unit: "海里", dimension: "length"),
    FormCase(
      text: "时延低于20毫秒", surface: "低于20毫秒", value: 20, unit: "毫秒", qualifier: .atMost, dimension: "time"),
    FormCase(text: "更换路灯300盏", surface: "300盏", value: 300, unit: "盏", dimension: "count"),
    FormCase(text: "占地3平方公里", surface: "3平方公里", value: 3, unit: "平方公里", dimension: "area"),
    FormCase(text: "种植50公顷", surface: "50公顷", value: 50, unit: "公顷", dimension: "area"),
    FormCase(text: "储水500毫升", surface: "500毫升", value: 500, unit: "毫升", dimension: "volume"),
    FormCase(text: "土方3万方", surface: "3万方", value: 30_000, unit: "方", dimension: "volume"),
    FormCase(text: "装机100万千瓦", surface: "100万千瓦", value: 1e6, unit: "千瓦", dimension: "power"),
    FormCase(text: "储能2吉瓦", surface: "2吉瓦", value: 2, unit: "吉瓦", dimension: "power"),
    FormCase(text: "光伏500MW", surface: "500MW", value: 500, unit: "兆瓦", dimension: "power"),
    FormCase(text: "外送1亿度电", surface: "1亿度", value: 1e8, unit: "度", dimension: "energy"),
    FormCase(text: "发电30亿千瓦时", surface: "30亿千瓦时", value: 3e9, unit: "千瓦时", dimension: "energy"),
    FormCase(text: "建成220千伏变电站", surface: "220千伏", value: 220, unit: "千伏", dimension: "voltage"),
    FormCase(text: "新建220KV线路", surface: "220KV", value: 220, unit: "千伏", dimension: "voltage"),
    FormCase(text: "年满18周岁", surface: "18周岁", value: 18, unit: "岁", dimension: "age"),
    FormCase(text: "今年56岁的他", surface: "56岁", value: 56, unit: "岁", dimension: "age"),
    FormCase(text: "起降1200架次", surface: "1200架次", value: 1200, unit: "架次", dimension: "count"),
    FormCase(text: "吞吐量50万标箱", surface: "50万标箱", value: 500_000, unit: "标箱", dimension: "count"),
    FormCase(text: "运量10万TEU", surface: "10万TEU", value: 100_000, unit: "标箱", dimension: "count"),
    FormCase(text: "建设8座水库", surface: "8座", value: 8, unit: "座", dimension: "count"),
    FormCase(text: "购置20台设备", surface: "20台", value: 20, unit: "台", dimension: "count"),
    FormCase(text: "用时3小时20分钟", surface: "3小时20分钟", value: 3 + 1 / 3, unit: "小时", dimension: "time"),
    FormCase(text: "历时两年半", surface: "两年半", value: 2.5, unit: "年", dimension: "time"),
    FormCase(
      text: "牛肉均价87.34元/公斤", surface: "87.34元/公斤", value: 87.34, unit: "元/公斤", dimension: "money/mass"),
    FormCase(text: "亩产500公斤/亩", surface: "500公斤/亩", value: 500, unit: "公斤/亩", dimension: "mass/area"),
  ])
  func units(_ form: FormCase) { form.check() }

  @Test func unitsCarryTheirBaseValue() {
    let found = MetricsFixtures.quantities("牛肉5斤，羊肉2500克；线路220千伏；光伏1吉瓦，风电1000兆瓦")
    let base = Dictionary(found.map { ($0.surface, $0.baseValue ?? -1) }) { first, _ in first }
    #expect(base["5斤"] == base["2500克"])
    #expect(base["220千伏"] == 220_000)
    #expect(base["1吉瓦"] == base["1000兆瓦"])
  }

  @Test func ratesCompareInBaseUnits() throws {
    let found = MetricsFixtures.quantities("羊肉80元/公斤，即40元/斤")
    #expect(found.map(\.baseUnit) == ["元/千克", "元/千克"])
    #expect(found.map(\.baseValue) == [80, 80])
  }
}
