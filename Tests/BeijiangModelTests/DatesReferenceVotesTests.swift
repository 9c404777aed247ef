import Testing

@testable import BeijiangModel

/// The years that must not vote for the year an article speaks from, and the publication lines
/// printed as newspapers and portals print them; each text is composed so that the wrong reading
/// gives another answer.
@Suite struct DatesReferenceVotesTests {
  static let cases: [(String, String, ReferenceSource)] = [
    (
      "内蒙古日报\n2012年12月30日 星期日 农历十一月十八\n\n全区冬季供暖平稳\n\n2011年，全区新增供热面积800万平方米。今年以来，又新增600万平方米。",
      "2012-12-30", .dateline
    ),
    (
      "口岸动态\n2025 11/29 11:57:10 来源：某某网\n\n二连浩特口岸货运量持续增长，2024年全年过货1800万吨。",
      "2025-11-29", .dateline
    ),
    (
      "草原生态\n2023 09/ 13 16:30:02 来源：某某网\n\n牧民们说，今年的草长得好。",
      "2023-09-13", .dateline
    ),
    (
      "2021年，全区粮食产量达到791亿斤，比2015年增长12%。2021年全区播种面积较2015年增加300万亩，与2015年相比，单产提高。",
      "2021-12-31", .inferred
    ),
    (
      "牧区经济\n\n全旗牧业产值在全盟的份额由2016年的3.2%提高到2023年的4.1%，从2016年的12亿元增长到2023年的19亿元，2016年以后增速加快。",
      "2023-12-31", .inferred
    ),
    (
      "草原旅游\n\n全旗游客在全盟的份额由2016年的5.2%提高到6.8%，接待人次由2016年的40万增加到65万。2023年，全旗旅游收入增长9.5%。",
      "2023-12-31", .inferred
    ),
    (
      "2018年至2020年，全旗累计治理沙化土地120万亩。2018年至2020年间，新增林草面积80万亩。2021年，全旗完成治理任务30万亩。",
      "2021-12-31", .inferred
    ),
    (
      "2025—2035年规划纲要提出建设稀土新材料基地。2025—2035年，全市将分三步推进。2024年，稀土产业产值增长15%。",
      "2024-12-31", .inferred
    ),
    (
      "全区经济年报出炉\n\n2020年，全区地区生产总值增长3%。截至1月29日，各盟市均发布了去年全年的经济数据。2020年，全区粮食产量再创新高。2020年，城镇新增就业20万人。",
      "2021-01-29", .inferred
    ),
    (
      "2022年，口岸改造完成。今年以来，口岸货运量较扩能改造前的2020年增长40%，较扩能改造前的2020年增加通道2条。",
      "2022-12-31", .inferred
    ),
    (
      "草原英雄小姐妹\n發(fā)布時(shí)間:2024-02-19\n\n1947年4月，内蒙古人民代表会议召开。1947年5月1日，内蒙古自治区成立。1947年，牧区开始民主改革。",
      "2024-02-19", .dateline
    ),
    (
      "抗战老兵忆往事\n\n2020-12-23 中国新闻网\n\n1944年，他随部队入缅作战。1944年秋，部队转战滇西。1945年，抗战胜利。",
      "2020-12-23", .dateline
    ),
    (
      "008版：国内国际\n2012 年 2 月 21 日 星期\n\n2011年，全区口岸过货量增长。2011年，新开通航线3条。",
      "2012-02-21", .dateline
    ),
    (
      "新华社北京3月5日电 十四届全国人大二次会议5日上午在人民大会堂开幕。代表们审议政府工作报告。",
      "2024-03-05", .dateline
    ),
    ("全国政协第十二届委员会第一次会议3日下午开幕。委员们围绕民生建言献策。", "2013-12-31", .inferred),
    (
      "2021年，包头稀土产业产值380亿元。稀土产业论坛将于12月20日在包头举行。12月13日，新闻发布会介绍了论坛筹备情况。",
      "2021-12-13", .inferred
    ),
  ]

  @Test(arguments: cases)
  func findsTheYearReported(text: String, expected: String, source: ReferenceSource) throws {
    let document = DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "composed"))
    #expect(document.referenceDate == expected)
    #expect(document.reference.source == source)
  }

  /// A local congress meets on its own terms: 嘉兴市第九届人民代表大会 fixes no year.
  @Test func aLocalCongressFixesNoYear() throws {
    let text = "市第九届人民代表大会第五次会议开幕。代表们审议政府工作报告。"
    let document = DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "composed"))
    #expect(document.referenceDate == nil)
  }
}
