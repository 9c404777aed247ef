import Testing

@testable import BeijiangModel

/// Clauses read on scalars, and on Characters where a scalar is not a Character of its own.
/// Sentences composed for these tests.
@Suite struct SentenceClausesTests {
  struct ClauseCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let clauses: [String]
    let starts: [Int]
    var testDescription: String { sentence }
  }

  @Test(arguments: [
    ClauseCase(
      sentence: "今年以来，全市新增就业岗位1.2万个；同比增长8%。", clauses: ["今年以来", "全市新增就业岗位1.2万个", "同比增长8%"],
      starts: [0, 5, 19]),
    ClauseCase(sentence: "，，开局良好！", clauses: ["开局良好"], starts: [2]),
    ClauseCase(sentence: "Q1: sales rose, 12%", clauses: ["Q1", " sales rose", " 12%"], starts: [0, 3, 15]),
    ClauseCase(sentence: "！？", clauses: [], starts: []),
    // é as e and a combining acute: one Character of two scalars, so Character offsets.
    ClauseCase(sentence: "Cafe\u{301}，开业", clauses: ["Cafe\u{301}", "开业"], starts: [0, 5]),
  ])
  func clausesAndTheirStarts(_ example: ClauseCase) {
    let found = SentenceClauses.clauses(example.sentence)
    #expect(found.map(\.text) == example.clauses)
    #expect(found.map(\.start) == example.starts)
  }

  struct EventCase: Sendable, CustomTestStringConvertible {
    let sentence: String
    let date: String
    let expected: String
    var testDescription: String { "\(date) in \(sentence)" }
  }

  @Test(arguments: [
    EventCase(sentence: "6月3日，市文旅局发布暑期出游指南。", date: "6月3日", expected: "市文旅局发布暑期出游指南"),
    EventCase(sentence: "6月3日市文旅局发布暑期出游指南。", date: "6月3日", expected: "市文旅局发布暑期出游指南"),
    EventCase(sentence: "6月3日起，新线开通。", date: "6月3日", expected: "新线开通"),
    EventCase(sentence: "截至9月底，累计完成投资45亿元。", date: "9月底", expected: "累计完成投资45亿元"),
    EventCase(sentence: "该项目自2021年起分三期建设。", date: "2021年", expected: "该项目自2021年起分三期建设"),
    EventCase(sentence: "全年接待游客800万人次。", date: "去年", expected: "全年接待游客800万人次"),
    EventCase(sentence: "，，10月，开工。", date: "10月", expected: "开工"),
    EventCase(sentence: "10月8日", date: "10月8日", expected: ""),
    EventCase(sentence: "10月8日，\n 园区投产。", date: "10月8日", expected: "园区投产"),
    // A combining mark: the sentence is read on Characters, with the same results.
    EventCase(sentence: "7月1日，Cafe\u{301}新店开业。", date: "7月1日", expected: "Cafe\u{301}新店开业"),
    EventCase(sentence: "7月1日\r\n新店开业。", date: "7月1日", expected: "\r\n新店开业"),
  ])
  func anEventIsReadOnScalarsAsOnCharacters(_ example: EventCase) {
    #expect(SentenceClauses.event(in: example.sentence, date: example.date) == example.expected)
  }

  @Test func theClauseHoldingAFigure() {
    let sentence = "一季度，全区社会消费品零售总额达210亿元，增长5.6%。"
    #expect(SentenceClauses.clause(of: sentence, holding: "5.6%") == "增长5.6%")
    #expect(SentenceClauses.clause(of: sentence, holding: "99%") == "一季度")
    #expect(SentenceClauses.clause(of: "。", holding: "1%") == "。")
  }
}
