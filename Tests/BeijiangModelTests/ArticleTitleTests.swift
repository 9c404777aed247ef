import Testing

@testable import BeijiangModel

/// The title of an article without a heading: its first headline-like line, never a dateline,
/// byline, source line or picture note; else its opening sentence. Composed page openings.
@Suite struct ArticleTitleTests {
  struct Case: Sendable, CustomTestStringConvertible {
    let text: String
    let title: String
    var testDescription: String { title }
  }

  static let cases: [Case] = [
    Case(
      text: "全区口岸货运量创同期新高\n发布时间：2024-11-30 20:16 来源：北疆日报\n\n今年以来，全区口岸货运量达到1200万吨。\n",
      title: "全区口岸货运量创同期新高"),
    Case(
      text: "2024-06-19 09:30 来源：草原网\n光伏治沙项目并网发电\n\n6月18日，项目首批机组并网。\n",
      title: "光伏治沙项目并网发电"),
    Case(
      text: "原标题：职工创新成果亮相展会\n记者 王晓 通讯员 李强\n\n7月28日，展会开幕。\n", title: "职工创新成果亮相展会"),
    Case(
      text: "(资料图片)\n12月18日，全区工会送温暖活动启动。慰问组走访了困难职工。\n",
      title: "12月18日，全区工会送温暖活动启动。"),
    Case(
      text: "发布时间：2023-01-05\n（记者 周蕾）\n\n新年伊始，各地工会走进企业。慰问一线职工。\n", title: "新年伊始，各地工会走进企业。"),
    // A story that opens at once: a short line broken off later in it is no headline.
    Case(
      text: "满洲里口岸是对俄开放的最大陆路口岸。\n\n市总工会组织口岸职工开展竞赛，参赛职工达到\n\n400多名。\n",
      title: "满洲里口岸是对俄开放的最大陆路口岸。"),
    // A lead's source words never open a title; a long first sentence gives its first clause
    // that is not a lead-in (近日, 3月5日).
    Case(
      text: "中工网讯 近日，鄂温克族自治旗总工会启动2026年“两节”送温暖慰问活动，组织三个慰问组赴全旗12个乡镇，看望慰问了900余名一线职工。\n",
      title: "鄂温克族自治旗总工会启动2026年“两节”送温暖慰问活动"),
    Case(
      text: "本报讯（记者 王晓）3月5日，自治区总工会在呼和浩特市召开全区工会系统劳模工匠表彰大会，表彰了120名先进个人和45个先进集体。\n",
      title: "自治区总工会在呼和浩特市召开全区工会系统劳模工匠表彰大会"),
    Case(text: "本报讯 自治区总工会启动职工疗休养活动。\n\n首批职工已出发。\n", title: "自治区总工会启动职工疗休养活动。"),
    Case(
      text: "新华社呼和浩特6月16日电（记者 王明）内蒙古首批绿电制氢项目16日在鄂尔多斯市并网投产，年产绿氢可达两万吨，可减少二氧化碳排放约三十万吨。\n",
      title: "内蒙古首批绿电制氢项目16日在鄂尔多斯市并网投产"),
    // A short lead keeps its sentence without the mark.
    Case(text: "中工网讯 某旗总工会开展送温暖活动。\n\n慰问组走访了困难职工。\n", title: "某旗总工会开展送温暖活动。"),
    // A headline above a newspaper's source line and a lead with its source words.
    Case(
      text: "某旗总工会走访慰问困难职工\n《工人日报》(2026年1月5日 03版)\n本报讯(记者王某)近日，某旗总工会走访慰问了困难职工和劳动模范，送去慰问金和慰问品。\n",
      title: "某旗总工会走访慰问困难职工"),
    Case(text: "######\n\n正文只有一句。\n", title: "正文只有一句。"),
    Case(text: "他说：“要把工程抓好。”后来工程如期完工。\n", title: "他说：“要把工程抓好。”"),
    Case(text: "# 标题在这里\n\n发布时间：2024-01-01\n\n正文。\n", title: "标题在这里"),
  ]

  @Test(arguments: cases)
  func titleOfAPageOpening(_ example: Case) throws {
    #expect(try TestFiles.document(text: example.text).title == example.title)
  }

  @Test func aLongFirstSentenceIsCutToFortyCharacters() throws {
    let sentence = String(repeating: "职工", count: 30) + "。"
    let title = try TestFiles.document(text: sentence + "\n").title
    #expect(title.count == 40)
    #expect(sentence.hasPrefix(title))
  }
}
