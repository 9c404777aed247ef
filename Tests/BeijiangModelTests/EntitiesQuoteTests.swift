import BeijiangModel
import Testing

struct QuoteCase: CustomTestStringConvertible, Sendable {
  let rule: String
  let text: String
  /// (quote text, speaker name or nil) for every quote.
  let quotes: [Pair]
  var testDescription: String { rule }

  struct Pair: Equatable, Sendable {
    let text: String
    let speaker: String?
  }
}

@Suite struct EntitiesQuoteTests {
  static let cases: [QuoteCase] = [
    QuoteCase(
      rule: "speaker and verb before, colon", text: "盟委书记李明华强调:“要把职工的事办好。”",
      quotes: [.init(text: "要把职工的事办好。", speaker: "李明华")]),
    QuoteCase(
      rule: "speaker after, with a verb later in the sentence",
      text: "“技能是立身之本,也是报国之路。”在宣讲会上,大国工匠周海波这样说。",
      quotes: [.init(text: "技能是立身之本,也是报国之路。", speaker: "周海波")]),
    QuoteCase(
      rule: "nested quotation marks stay inside the quote",
      text: "马晓燕指出:“要建设好“司机之家”,让货车司机安心。”",
      quotes: [.init(text: "要建设好“司机之家”,让货车司机安心。", speaker: "马晓燕")]),
    QuoteCase(
      rule: "adjacent quotes spoken by a group", text: "“冬天冷不冷?”“暖气热不热?”调研组一行来到职工宿舍。",
      quotes: [.init(text: "冬天冷不冷?暖气热不热?", speaker: "调研组")]),
    QuoteCase(
      rule: "stray closing marks are ignored", text: "在“冬季”送温暖”活动”现场,赵志刚强调:“要把好事办实。”",
      quotes: [.init(text: "要把好事办实。", speaker: "赵志刚")]),
    QuoteCase(
      rule: "names and slogans are not speech",
      text: "开展“暖边北疆行”活动,叫响“感党恩、听党话、跟党走”,当好“娘家人”。", quotes: []),
    QuoteCase(
      rule: "speech without a named speaker", text: "职工们纷纷说,“今年的冬天不冷了。”",
      quotes: [.init(text: "今年的冬天不冷了。", speaker: nil)]),
  ]

  @Test(arguments: cases)
  func findsQuotes(_ row: QuoteCase) {
    let quotes = EntityExtractor().extract(paragraphs: [row.text]).quotes
    #expect(quotes.map { QuoteCase.Pair(text: $0.text, speaker: $0.speaker?.name) } == row.quotes)
  }

  @Test func quoteMentionCoversItsQuotationMarks() {
    let text = "前言。赵志刚说:“好。”"
    let quote = EntityExtractor().extract(paragraphs: [text]).quotes.first
    #expect(quote?.mentions.first?.surface == "“好。”")
    #expect(quote?.speaker?.kind == .person)
    #expect(quote?.speaker?.personID == "person:赵志刚")
  }
}
