import Testing

@testable import BeijiangModel

/// A date's event is read where that date stands, not where the same text first appears: a
/// dateline's 16日电 before the reporter's 16日, a list heading above each item, a year that
/// opens a longer date. Sentences composed for these tests.
@Suite struct EventAtItsOwnPlaceTests {
  /// The date after a dateline and its bracketed credit takes its event from what follows them.
  @Test(
    arguments: [
      ("新华社呼和浩特6月16日电（记者王某某）记者16日从自治区能源局获悉。", "16日", "记者16日从自治区能源局获悉"),
      ("本报包头3月9日电 (记者 李某 张某) 包头海关9日发布消息称，出口增长。", "9日", "包头海关9日发布消息称"),
      ("中新社满洲里8月2日电 铁路部门2日透露，班列开行量创新高。", "2日", "铁路部门2日透露"),
    ] as [(String, String, String)])
  func aDateAfterADatelineIsReadAfterIt(sentence: String, date: String, event: String) {
    let offset = lastOffset(of: date, in: sentence)
    #expect(EventPhrase.phrase(sentence: sentence, date: date, at: offset) == event)
    // Read at its first occurrence, inside the dateline, the same text anchors nothing.
    #expect(EventPhrase.phrase(sentence: sentence, date: date) == nil)
  }

  /// The dateline's own date still anchors nothing.
  @Test func theDatelinesOwnDateHasNoEvent() {
    let sentence = "新华社呼和浩特6月16日电（记者王某某）记者16日从自治区能源局获悉。"
    #expect(EventPhrase.phrase(sentence: sentence, date: "6月16日", at: 7) == nil)
  }

  /// A sentence over two lines (a heading, then an item) is two clauses: the item's date takes
  /// the item's clause.
  @Test func aLineBreakEndsAClause() {
    let sentence = "现将前三季度口岸运量通报如下：\n一、货运量\n前三季度全区口岸货运量为512.6万吨，同比增长4.2%。"
    let offset = lastOffset(of: "前三季度", in: sentence)
    #expect(EventPhrase.phrase(sentence: sentence, date: "前三季度", at: offset) == "全区口岸货运量为512.6万吨")
    #expect(EventPhrase.phrase(sentence: sentence, date: "前三季度", at: 2) == "现将前三季度口岸运量通报如下")
  }

  /// A year repeated inside the clause (2024年 after 2024年4月8日) is not read as the clause's
  /// opening: the opening is the longer date, and the phrase is never what follows that.
  @Test func aRepeatedYearIsNotTheOpeningDate() {
    let sentence = "2024年4月8日，乌兰察布市2024年重点项目集中开工仪式在察右前旗举行。"
    let phrase = EventPhrase.phrase(sentence: sentence, date: "2024年", at: 15)
    #expect(phrase != "4月8日")
    #expect(phrase == nil || phrase?.contains("重点项目") == true)
  }

  /// The scalar offset of the last occurrence of `date` in `sentence`.
  private func lastOffset(of date: String, in sentence: String) -> Int {
    let text = Array(sentence.unicodeScalars)
    let needle = Array(date.unicodeScalars)
    return (0...(text.count - needle.count)).last { text[$0..<($0 + needle.count)].elementsEqual(needle) }
      ?? -1
  }
}
