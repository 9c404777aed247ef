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
      "2021年，全区粮食产量达到791亿斤，比2015年增长12%。2021年全区播种面积较2015年增加300万亩，与2015年相比，单产提高。",
      "2021-12-31", .inferred
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
}
