import Testing

@testable import BeijiangModel

/// Bylines and photo credits on lines of their own stay paragraphs of their own: the block after
/// them is not their continuation, though they end no sentence.
@Suite struct StructureCreditLineTests {
  func paragraphs(_ text: String) throws -> [String] {
    let document = DocumentBuilder().build(try TextDecoder.decode(Array(text.utf8), name: "test"))
    return document.paragraphs.map(\.text)
  }

  @Test(arguments: [
    ("记者 周 蕾 通讯员 郭鹏杰", "本报呼和浩特12月1日电 今年以来口岸货运量突破1800万吨。"),
    ("新华社记者 贝赫 摄", "锡林郭勒盟的牧民在冬季转场途中。"),
    ("本报记者 李玉波", "十月的额济纳，胡杨林迎来最美的时节。"),
    ("（图片由包头市总工会提供）", "劳模工作室的成员正在调试设备。"),
    ("巴彦淖尔日报 王丽娜 报道", "河套灌区的秋浇工作全面展开。"),
  ])
  func aCreditLineIsNotJoinedToTheNextBlock(_ example: (credit: String, body: String)) throws {
    #expect(try paragraphs("\(example.credit)\n\n\(example.body)") == [example.credit, example.body])
  }

  /// Prose that opens with 记者 is a sentence broken by a blank line, and joins as before.
  @Test(arguments: [
    ("记者从自治区总工会获悉，今年全区", "职工创新成果达到300项。"),
    ("记者了解到，截至目前二连浩特口岸", "进出口货运量同比增长12%。"),
    ("防沙治沙工程", "累计完成治理任务860万亩。"),
  ])
  func proseBrokenMidSentenceStillJoins(_ example: (first: String, second: String)) throws {
    #expect(try paragraphs("\(example.first)\n\n\(example.second)") == [example.first + example.second])
  }
}
