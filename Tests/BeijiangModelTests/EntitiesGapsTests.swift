import BeijiangModel
import Testing

/// Issue 14's remaining entity gaps on sentences composed for these tests: a level alone before a
/// department, newspapers and stations, clause openers glued to a name, ports named by road or rail,
/// names before a visit, and bylines in brackets or lists. Each rule has a trap beside it.
@Suite struct EntitiesGapsTests {
  static let cases: [EntityTrapCase] = [
    EntityTrapCase(
      rule: "a province alone before a bureau", kind: .organization,
      text: "据省统计局最新发布的数据,全省外贸保持增长。", expected: ["省统计局"]),
    EntityTrapCase(
      rule: "a city alone before its union, after a comma", kind: .organization,
      text: "近日,市总工会启动职工技能提升行动。", expected: ["市总工会"]),
    EntityTrapCase(
      rule: "a district alone before its union after a passive", kind: .organization,
      text: "这些工作室被区总工会命名为示范工作室。", expected: ["区总工会"]),
    EntityTrapCase(
      rule: "each city's unions are no one body", kind: .organization,
      text: "各市总工会要抓好落实,全省总工会系统同步推进。", expected: []),
    EntityTrapCase(
      rule: "a level alone before a company is no name", kind: .organization,
      text: "据市公司介绍,项目进展顺利。", expected: []),
    EntityTrapCase(
      rule: "a newspaper after a place", kind: .organization,
      text: "内蒙古日报讯 记者从自治区林草局获悉,春季造林全面展开。",
      expected: ["内蒙古日报", "自治区林草局"]),
    EntityTrapCase(
      rule: "a national newspaper whose name is a common word", kind: .organization,
      text: "据《工人日报》报道,阿拉善盟政协组织委员开展视察。", expected: ["工人日报", "阿拉善盟政协"]),
    EntityTrapCase(
      rule: "a daily report is no newspaper", kind: .organization,
      text: "各地要坚持日报告制度,做到每日报送。", expected: []),
    EntityTrapCase(
      rule: "a railway station named after its bureau", kind: .organization,
      text: "(通讯员 乌兰)中铁呼和浩特局集宁南车站发布消息称,货运量创新高。",
      expected: ["中铁呼和浩特局集宁南车站"]),
    EntityTrapCase(
      rule: "a station needs a place or a body", kind: .organization,
      text: "旅客到达车站后可换乘公交。", expected: []),
    EntityTrapCase(
      rule: "如 opening a clause is no part of the name", kind: .organization,
      text: "多家企业建成创新工作室。如蒙草生态环境集团有限公司已建成8家。",
      expected: ["蒙草生态环境集团有限公司"]),
    EntityTrapCase(
      rule: "其中 opening a count leaves a generic body", kind: .organization,
      text: "全旗已建成劳模工作室9个,其中市级示范劳模工作室3家。", expected: []),
    EntityTrapCase(
      rule: "a coal company after 的", kind: .organization,
      text: "投资30亿元的伊泰煤业甲醇项目开工。", expected: ["伊泰煤业"]),
    EntityTrapCase(
      rule: "a conjunction before a place opens the second name", kind: .organization,
      text: "考察团与内蒙古自治区商务厅座谈,并与策克口岸管委会交流。",
      expected: ["内蒙古自治区商务厅", "策克口岸管委会"]),
    EntityTrapCase(
      rule: "a strategy of big groups is no body", kind: .organization,
      text: "积极实施大企业大集团战略,做大做强产业链。", expected: []),
    EntityTrapCase(
      rule: "an adjective or a pair of countries before 口岸 is no place", kind: .place,
      text: "这样的智慧化口岸场景随处可见,中蒙口岸合作机制持续完善。", expected: []),
    EntityTrapCase(
      rule: "ports named by rail and road after their city", kind: .place,
      text: "满洲里铁路口岸和二连浩特公路口岸通关顺畅。", expected: ["满洲里铁路口岸", "二连浩特公路口岸"]),
    EntityTrapCase(
      rule: "a port of another province by road", kind: .place,
      text: "今年以来,绥芬河公路口岸进出境货运量增长。", expected: ["绥芬河公路口岸"]),
    EntityTrapCase(
      rule: "a rail port without a place is no name", kind: .place,
      text: "公路口岸增幅要大于铁路口岸增幅。", expected: []),
    EntityTrapCase(
      rule: "a development zone", kind: .place,
      text: "蒙西经济开发区新建厂房投入使用。", expected: ["蒙西经济开发区"]),
    EntityTrapCase(
      rule: "a name before a visit and a verb of saying", kind: .person,
      text: "韩军在包头市调研时表示,要加快稀土产业发展。", expected: ["韩军"]),
    EntityTrapCase(
      rule: "a name before a visit to several places", kind: .person,
      text: "马文斌到乌海、阿拉善盟考察时强调,要守住生态底线。", expected: ["马文斌"]),
    EntityTrapCase(
      rule: "a body before a visit is no person", kind: .person,
      text: "海关在口岸检查时表示,通关秩序良好。全市在检查时要求,压实责任。", expected: []),
    EntityTrapCase(
      rule: "a name before a visit needs the verb of saying", kind: .person,
      text: "高原在夏季调研时期到来。", expected: []),
    EntityTrapCase(
      rule: "a group word is read whole, and 在 of 在内蒙古 is no 在内", kind: .person,
      text: "随后,联合检查组在内蒙古召开座谈会。", expected: []),
    EntityTrapCase(
      rule: "an office's tail before a title is no name", kind: .person,
      text: "自治区党委督查室副主任赵立群带队调研。", expected: ["赵立群"]),
    EntityTrapCase(
      rule: "a surname and a title after a word in running text", kind: .person,
      text: "在参观过程中肖书记还讲到了稀土的应用。", expected: []),
    EntityTrapCase(
      rule: "a party branch before its secretary is no name", kind: .person,
      text: "劳模家住希日特嘎查,村党支部书记一同看望。", expected: []),
    EntityTrapCase(
      rule: "a ministry's department head", kind: .person,
      text: "自然资源部矿产开发管理司副司长钱立华带队检查。", expected: ["钱立华"]),
    EntityTrapCase(
      rule: "a titled name before a date", kind: .person,
      text: "交通运输部副部长赵明远18日在北京透露,港口吞吐量增长。", expected: ["赵明远"]),
    EntityTrapCase(
      rule: "two names alone in brackets after a dateline", kind: .reporter,
      text: "中新网二连浩特6月3日电 (陈海涛 刘雅静)二连海关3日对外发布消息。",
      expected: ["陈海涛", "刘雅静"]),
    EntityTrapCase(
      rule: "a name and a credit word in brackets at the paragraph's end", kind: .reporter,
      text: "口岸通关效率持续提升。(孙立军 记者 韩冬梅)", expected: ["孙立军", "韩冬梅"]),
    EntityTrapCase(
      rule: "a bracket with a verb credits no one", kind: .reporter,
      text: "活动取得圆满成功。(本版图片由主办方提供)", expected: []),
    EntityTrapCase(
      rule: "the third name in a list of credits", kind: .reporter,
      text: "本报讯(记者宋佳、通讯员何立新、邓晓雨)近日,活动启动。", expected: ["宋佳", "何立新", "邓晓雨"]),
    EntityTrapCase(
      rule: "四子王旗, 二连浩特 and 三北 are names; 一线 is an idiom", kind: .place,
      text: "四子王旗和二连浩特一线职工投身“三北”工程。", expected: ["四子王旗", "二连浩特市"]),
  ]

  @Test(arguments: cases)
  func findsWhatAReaderLists(_ row: EntityTrapCase) {
    #expect(row.found() == row.expected, "\(row.text)")
  }

  /// A port named by rail lies within its city, and the city inside its name is no mention of its own.
  @Test func portLiesWithinItsCity() {
    let places = EntityExtractor().extract(paragraphs: ["经满洲里铁路口岸出境的班列增多。"]).places
    #expect(places.map(\.name) == ["满洲里铁路口岸"])
    #expect(places.first?.within == "满洲里市")
    #expect(places.first?.kind == .port)
  }

  /// A level alone joins the full name the document gives (省总工会 is 福建省总工会 there).
  @Test func levelAloneJoinsTheFullName() {
    let organizations = EntityExtractor().extract(paragraphs: [
      "福建省总工会召开会议。会后,省总工会印发通知。"
    ]).organizations
    #expect(organizations.map(\.canonical) == ["福建省总工会"])
    #expect(organizations.first?.aliases == ["省总工会"])
  }
}
