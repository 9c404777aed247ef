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
}
