import Testing

@testable import BeijiangModel

/// A dated event's phrase: the predicate its date anchors, at most 24 characters, cut only where a
/// phrase ends. Sentences composed for these tests.
@Suite struct EventPhraseTests {
  @Test func aShortClauseIsTheWholePhrase() {
    let phrase = EventPhrase.phrase(sentence: "5月8日，王某某团队迎来高光时刻。", date: "5月8日")
    #expect(phrase == "王某某团队迎来高光时刻")
  }

  @Test func aLongTitleKeepsItsHeadAndKind() {
    let phrase = EventPhrase.phrase(
      sentence: "2023年10月，国务院印发《关于推动东北地区全面振兴取得新突破的若干意见》，明确了方向。", date: "2023年10月")
    // The kind is whole (…的若干意见, not …干意见); the head shrinks so the phrase fits.
    #expect(phrase == "国务院印发《关于推动东北地区全面振…的若干意见》")
    #expect((phrase?.count ?? 99) <= EventPhrase.limit)
  }

  @Test func aLongClauseIsCutBeforeTheNextPhrase() {
    let phrase = EventPhrase.phrase(
      sentence: "3月2日，自治区总工会第一时间召开专题会议并部署开展春季送温暖慰问活动各项工作。", date: "3月2日")
    #expect(phrase == "自治区总工会第一时间召开专题会议")
  }

  @Test func noPhraseRatherThanAClippedOne() {
    let phrase = EventPhrase.phrase(
      sentence: "4月1日，呼伦贝尔市牙克石市乌尔其汉镇林业职工技能比武暨岗位练兵观摩交流展示会开幕。", date: "4月1日")
    #expect(phrase == nil || !(phrase ?? "").hasSuffix("…"))
  }

  /// A date compared against (比上年, 较去年同期) or a dateline's (…6月16日电) anchors no event.
  @Test(
    arguments: [
      ("全年地区生产总值比上年增长6.1%。", "上年"),
      ("客运量较去年同期增长12%。", "去年同期"),
      ("新华社呼和浩特6月16日电（记者王某某）记者16日从自治区能源局获悉。", "6月16日"),
    ] as [(String, String)])
  func noEventForComparisonsAndDatelines(sentence: String, date: String) {
    #expect(EventPhrase.phrase(sentence: sentence, date: date) == nil)
  }

  /// A newspaper's or portal's source line dates the report (the reference date's evidence), not
  /// an event; a dated sentence on the next line keeps its event.
  @Test(
    arguments: [
      ("《工人日报》(2023年12月27日 02版)", "2023年12月27日"),
      ("发布时间：2024-11-30 20:16 来源：北疆日报", "2024-11-30"),
      ("2024年11月29日 星期五 第3版", "2024年11月29日"),
      ("《北疆日报》(2024年11月30日 03版)\n11月28日，全区口岸工作会议召开。", "2024年11月30日"),
    ] as [(String, String)])
  func noEventForSourceLines(sentence: String, date: String) {
    #expect(EventPhrase.phrase(sentence: sentence, date: date) == nil)
  }

  @Test func aDatedSentenceBesideASourceLineKeepsItsEvent() {
    let joined = "《北疆日报》(2024年11月30日 03版)\n11月28日，全区口岸工作会议召开。"
    #expect(EventPhrase.phrase(sentence: joined, date: "11月28日") == "全区口岸工作会议召开")
    let prose = "2024年11月29日，全区口岸工作会议在满洲里召开。"
    #expect(EventPhrase.phrase(sentence: prose, date: "2024年11月29日") == "全区口岸工作会议在满洲里召开")
  }

  /// A cut never falls inside a place name (呼和浩特), a quote or a bracket.
  @Test func cutsKeepWordsAndPairsWhole() {
    let city = EventPhrase.phrase(
      sentence: "25日，记者从自治区住建厅和呼和浩特市政府联合召开的新闻发布会上获悉。", date: "25日")
    #expect(city == "记者从自治区住建厅")
    let quoted = EventPhrase.phrase(
      sentence: "2022年，该企业被命名为“自治区级职工（劳模、工匠）创新工作室示范点”，带动作用明显。", date: "2022年")
    #expect(quoted == nil || !(quoted ?? "").contains("（劳模"))
  }
}
