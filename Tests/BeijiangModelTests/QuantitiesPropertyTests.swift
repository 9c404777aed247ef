import Testing

@testable import BeijiangModel

/// Any input: the extractor never traps, and every mention's offsets slice back to its surface.
@Suite struct QuantitiesPropertyTests {
  /// Characters the readers care about, mixed with arbitrary scalars (including astral ones).
  private static let alphabet = Array(
    "0123456789０１２３４５６７８９.,，．%％‰-—至到~零〇一二两三四五六七八九十百千万亿年月日号度季初底上下半今去明前第届次期号文件驿站个名项户人元亩米公里平方兆瓦吨多余以上下左右约近超过逾不到之多的和、。；：“”《》成倍分之两节期间从自春夏秋冬炎季节旗县市 \n"
      .unicodeScalars)

  private static func randomText(length: Int, using generator: inout SplitMix64) -> String {
    var scalars = String.UnicodeScalarView()
    for _ in 0..<length {
      if Int.random(in: 0..<10, using: &generator) < 8 {
        scalars.append(alphabet.randomElement(using: &generator)!)
      } else {
        let value = UInt32.random(in: 0...0x10FFFF, using: &generator)
        scalars.append(Unicode.Scalar(value) ?? "?")
      }
    }
    return String(scalars)
  }

  @Test(arguments: 0..<8)
  func randomTextsKeepOffsets(seed: Int) {
    var generator = SplitMix64(seed: UInt64(seed) &* 7919 &+ 1)
    for _ in 0..<250 {
      let text = Self.randomText(length: Int.random(in: 0..<80, using: &generator), using: &generator)
      let metrics = MetricsFixtures.extractor.extract(text)
      #expect(MetricsFixtures.offsetsAreConsistent(metrics, in: text), "\(text.debugDescription)")
    }
  }

  @Test(arguments: 0..<4)
  func mutatedSeedKeepsOffsets(seed: Int) {
    var generator = SplitMix64(seed: UInt64(seed) &+ 4242)
    let paragraphs = MetricsFixtures.seedParagraphs
    for _ in 0..<60 {
      var scalars = Array(paragraphs.randomElement(using: &generator)!.unicodeScalars)
      for _ in 0..<Int.random(in: 1...12, using: &generator) {
        let position = Int.random(in: 0...scalars.count, using: &generator)
        switch Int.random(in: 0..<3, using: &generator) {
        case 0 where position < scalars.count: scalars.remove(at: position)
        case 1 where position < scalars.count:
          scalars[position] = Self.alphabet.randomElement(using: &generator)!
        default: scalars.insert(Self.alphabet.randomElement(using: &generator)!, at: position)
        }
      }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars)
      let text = String(view)
      let metrics = MetricsFixtures.extractor.extract(text)
      #expect(MetricsFixtures.offsetsAreConsistent(metrics, in: text))
    }
  }

  @Test func wholeSeedKeepsOffsets() {
    let metrics = MetricsFixtures.extractor.extract(MetricsFixtures.seed)
    #expect(MetricsFixtures.offsetsAreConsistent(metrics, in: MetricsFixtures.seed))
    #expect(metrics.quantities.count > 40)
  }

  @Test func extremeInputsDoNotTrap() {
    let inputs = [
      "", "1", "万", "亿亿亿亿", "3" + String(repeating: "亿", count: 60) + "元", String(repeating: "9", count: 400),
      "1" + String(repeating: ",999", count: 40) + "亿亿元",
      "0." + String(repeating: "5", count: 500) + "万亿", String(repeating: "九", count: 300),
      "1,000,000,000,000,000,000,000元", "99999999999999999999.99999亿元", "12月31日至1月1日", "2月29日", "0月0日",
      "第", "十", "分之", "百分之", "三分之", "至", "3至", "3-", "1900年至2100年至", "“两节", "两节期间", "\u{1F600}3个",
    ]
    for text in inputs {
      let metrics = MetricsFixtures.extractor.extract(text)
      #expect(MetricsFixtures.offsetsAreConsistent(metrics, in: text), "\(text)")
    }
  }
}
