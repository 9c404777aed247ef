import BeijiangModel
import BeijiangUI
import Testing

@testable import BeijiangDashboard

/// English screens say what a counter counts (`18 measures`), never a Chinese counter (`18 条`).
@Suite struct EnglishCountsTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let counter: String
    let counted: String?
    let count: Double?
    let english: String
    var testDescription: String { "\(counter) \(counted ?? "-") → \(english)" }
  }

  static let cases: [Case] = [
    Case(counter: "条", counted: "惠企举措", count: 12, english: "measures"),
    Case(counter: "项", counted: "重点项目", count: 36, english: "projects"),
    Case(counter: "家", counted: "规上企业", count: 140, english: "companies"),
    Case(counter: "家", counted: "新增市场主体", count: 90, english: "organizations"),
    Case(counter: "个", counted: "示范村", count: 8, english: "villages"),
    Case(counter: "个", counted: "党建品牌", count: 3, english: "items"),
    Case(counter: "名", counted: "技能人才", count: 500, english: "people"),
    Case(counter: "位", counted: nil, count: 1, english: "person"),
    Case(counter: "场", counted: "招聘会", count: 24, english: "events"),
    Case(counter: "项", counted: "发明专利", count: 1, english: "patent"),
    Case(counter: "家", counted: "物流公司", count: 1, english: "company"),
    Case(counter: "辆", counted: nil, count: 60, english: "vehicles"),
  ]

  @Test(arguments: cases)
  func aCounterReadsAsWhatItCounts(_ example: Case) {
    #expect(
      EnglishCounts.noun(counter: example.counter, counted: example.counted, count: example.count)
        == example.english)
  }

  @Test func noEnglishFigureOfTheSeedKeepsAChineseCounter() {
    let state = DashboardFixture.state(language: .en)
    for pane in 1..<state.paneCount {
      for item in state.metricRows(pane) {
        let text = state.spoken(item)
        #expect(!text.unicodeScalars.contains { $0.properties.isIdeographic }, "\(text)")
      }
    }
  }

  @Test func chineseKeepsTheArticlesCounter() {
    let state = DashboardFixture.state(language: .zh)
    let texts = (1..<state.paneCount).flatMap { state.metricRows($0).map(state.spoken) }
    #expect(texts.contains("18条"))
  }
}
