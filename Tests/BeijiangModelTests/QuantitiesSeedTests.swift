import Testing

@testable import BeijiangModel

/// Runs the extractor over every paragraph of the seed, as the document model will, and checks the
/// complete list of figures it holds, in order.
@Suite struct QuantitiesSeedTests {
  private typealias Row = (surface: String, value: Double?, unit: String?, qualifier: String?, role: String)

  private static let expected: [Row] = [
    ("两件", 2, "件", nil, "achieved"),
    ("五个", 5, "个", nil, "current"),
    ("两件", 2, "件", nil, "current"),
    ("3年", 3, "年", nil, "achieved"),
    ("4亿元左右", 400_000_000, "元", "about", "achieved"),
    ("3个", 3, "个", nil, "current"),
    ("万吨", 10_000, "吨", nil, "current"),
    ("40多年", 40, "年", "at-least", "current"),
    ("10项", 10, "项", nil, "achieved"),
    ("4名", 4, "名", nil, "achieved"),
    ("85名", 85, "名", nil, "achieved"),
    ("10", 10, nil, nil, "achieved"),
    ("10项", 10, "项", nil, "achieved"),
    ("600余项", 600, "项", "at-least", "current"),
    ("30项", 30, "项", nil, "achieved"),
    ("10项", 10, "项", nil, "achieved"),
    ("4个", 4, "个", nil, "achieved"),
    ("18条", 18, "条", nil, "achieved"),
    ("1000元", 1000, "元", nil, "current"),
    ("两个", 2, "个", nil, "achieved"),
    ("12盟市", 12, "盟市", nil, "achieved"),
    ("300万亩以上", 3_000_000, "亩", "at-least", "target"),
    ("1300万亩以上", 13_000_000, "亩", "at-least", "target"),
    ("1500万亩以上", 15_000_000, "亩", "at-least", "target"),
    ("300余名", 300, "名", "at-least", "achieved"),
    ("110兆瓦", 110, "兆瓦", nil, "achieved"),
    ("4200多公里", 4200, "公里", "at-least", "current"),
    ("20个之多", 20, "个", "emphasis", "current"),
    ("5000多公里", 5000, "公里", "at-least", "current"),
    ("12个", 12, "个", nil, "achieved"),
    ("53场", 53, "场", nil, "achieved"),
    ("1583万元", 15_830_000, "元", nil, "achieved"),
    ("1.1万余人", 11_000, "人", "at-least", "achieved"),
    ("1380万元", 13_800_000, "元", nil, "achieved"),
    ("12个", 12, "个", nil, "achieved"),
    ("两件", 2, "件", nil, "achieved"),
    ("7个盟市", 7, "个盟市", nil, "achieved"),
    ("430平方米", 430, "平方米", nil, "achieved"),
    ("两件", 2, "件", nil, "achieved"),
    ("2000万平方米", 20_000_000, "平方米", nil, "current"),
    ("9100万平方米", 91_000_000, "平方米", nil, "target"),
    ("一半", 0.5, nil, nil, "target"),
    ("3235万平方米", 32_350_000, "平方米", nil, "current"),
    ("21.72万户", 217_200, "户", nil, "current"),
  ]

  private var found: [QuantityMention] {
    MetricsFixtures.seedParagraphs.flatMap { MetricsFixtures.extractor.extract($0).quantities }
  }

  @Test func everyFigureOfTheSeed() {
    let found = self.found
    #expect(found.map(\.surface) == Self.expected.map(\.surface))
    for (mention, row) in zip(found, Self.expected) {
      #expect(mention.value == row.value, "\(row.surface) value")
      #expect(mention.unit == row.unit, "\(row.surface) unit")
      #expect(mention.qualifier?.rawValue == row.qualifier, "\(row.surface) qualifier")
      #expect(mention.role.rawValue == row.role, "\(row.surface) role")
    }
  }

  @Test(
    arguments: [
      ("3235万平方米", "供热面积", nil),
      ("300万亩以上", "造林", nil),
      ("1300万亩以上", "种草", nil),
      ("1500万亩以上", "防沙治沙", nil),
      ("21.72万户", "热用户", nil),
      ("4200多公里", "边境线", nil),
      ("430平方米", "司机之家", nil),
      ("110兆瓦", "光伏项目", nil),
      ("1000元", "学费", nil),
      ("85名", nil, "北疆工匠"),
      ("4名", nil, "大国工匠"),
      ("18条", nil, "具体举措"),
    ] as [(String, String?, String?)])
  func subjectsAndCountedNouns(surface: String, subject: String?, counted: String?) {
    let mention = found.first { $0.surface == surface }
    if let subject { #expect(mention?.subject == subject) }
    if let counted { #expect(mention?.counted == counted) }
  }

  @Test func portsAreCounted() {
    let ports = found.filter { $0.surface == "12个" }
    #expect(ports.first?.counted == "口岸")
  }

  /// No figure overlaps a name, set phrase, period name or ordinal of the seed.
  @Test func nothingFromTheNotQuantitiesList() {
    let words = [
      "四子王旗", "二连浩特", "五原县", "三北", "一线", "一体化", "进一步", "一站式", "第一时间", "一时间", "千方百计",
      "一幕幕", "一盘棋", "一股绳", "十四五", "第七届", "十一届", "七次全会", "1号文件", "1328驿站", "六期工程",
      "“六个工程”", "“两个稀土基地”", "“五个一”", "五大任务", "万物", "一场",
    ]
    var occurrences = 0
    for paragraph in MetricsFixtures.seedParagraphs {
      let scalars = Array(paragraph.unicodeScalars)
      let quantities = MetricsFixtures.extractor.extract(paragraph).quantities
      for word in words {
        let wordScalars = Array(word.unicodeScalars)
        guard wordScalars.count <= scalars.count else { continue }
        for start in 0...(scalars.count - wordScalars.count)
        where Array(scalars[start..<(start + wordScalars.count)]) == wordScalars {
          occurrences += 1
          let end = start + wordScalars.count
          let overlapping = quantities.filter { $0.start < end && start < $0.end }
          #expect(overlapping.isEmpty, "\(word) at \(start): \(overlapping.map(\.surface))")
        }
      }
    }
    #expect(occurrences > 40)
  }

  @Test func everyOrdinalOfTheSeed() {
    let ordinals = MetricsFixtures.seedParagraphs.flatMap { MetricsFixtures.extractor.extract($0).ordinals }
    #expect(
      ordinals.map(\.surface) == ["十一届", "七次全会", "第七届", "十四五", "1号文件", "第五", "十四五", "六期工程", "1328驿站"])
    #expect(
      ordinals.map(\.kind) == [
        "edition", "session", "edition", "period", "document", "ordinal", "period", "phase", "station",
      ])
  }
}
