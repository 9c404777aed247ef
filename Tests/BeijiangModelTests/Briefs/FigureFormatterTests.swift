import Testing

@testable import BeijiangModel

@Suite struct FigureFormatterChineseTests {
  @Test(arguments: [
    // The brief's examples and the seed's figures.
    (FigureText.quantity(400_000_000, "元", qualifier: "左右"), "4亿元左右"),
    (.quantity(11_000, "人", qualifier: "余"), "1.1万余人"),
    (.quantity(3_000_000, "亩", qualifier: "以上"), "300万亩以上"),
    (.quantity(4200, "公里", qualifier: "多"), "4200多公里"),
    (.quantity(217_200, "户"), "21.72万户"),
    (.quantity(1000, "元"), "1000元"),
    (.quantity(32_350_000, "平方米"), "3235万平方米"),
    (.range(2_000_000, 3_000_000, "亩"), "200至300万亩"),
    // Magnitudes: the fewest digits that keep the value exact.
    (.quantity(10_000, "元"), "1万元"),
    (.quantity(1_250_000_000, "元"), "12.5亿元"),
    (.quantity(123_400_000, "元"), "12340万元"),
    (.quantity(123_456_789, "元"), "123456789元"),
    (.quantity(1_200_000_000_000, "元"), "1.2万亿元"),
    (.quantity(91_000_000, "平方米"), "9100万平方米"),
    (.quantity(12_345, "人"), "12345人"),
    (.quantity(15_000, "人"), "1.5万人"),
    (.quantity(9999, "人"), "9999人"),
    // Fractions, zero, no unit.
    (.quantity(2.5, "公里"), "2.5公里"),
    (.quantity(12.345678, "吨"), "12.3457吨"),
    (.quantity(0, "人"), "0人"),
    (.quantity(0.75), "0.75"),
    (.quantity(4200), "4200"),
    (.quantity(-3, "年"), "-3年"),
    (.quantity(1.5, "倍"), "1.5倍"),
    // Qualifier words keep their place: before the number, after it, after the unit.
    (.quantity(400_000_000, "元", qualifier: "约"), "约4亿元"),
    (.quantity(11_000, "人", qualifier: "大约"), "大约1.1万人"),
    (.quantity(100_000, "人", qualifier: "超过"), "超过10万人"),
    (.quantity(10_000, "人", qualifier: "逾"), "逾1万人"),
    (.quantity(50, "%", qualifier: "不到"), "不到50%"),
    (.quantity(100, "人", qualifier: "以下"), "100人以下"),
    (.quantity(85, "名", qualifier: "之多"), "85名之多"),
    (.quantity(300, "个", qualifier: "多"), "300多个"),
    (.quantity(3_000_000, "亩", qualifier: "多"), "300万多亩"),
    // 多 and 余 only follow round numbers; elsewhere 以上 says the same.
    (.quantity(4213, "公里", qualifier: "多"), "4213公里以上"),
    (.quantity(5, "个", qualifier: "余"), "5个以上"),
    (.quantity(2.5, "公里", qualifier: "多"), "2.5公里以上"),
    // Meanings instead of words pick the default word.
    (.quantity(400_000_000, "元", qualifier: "about"), "4亿元左右"),
    (.quantity(4200, "公里", qualifier: "at-least"), "4200多公里"),
    (.quantity(3_000_000, "亩", qualifier: "atLeast"), "300万亩以上"),
    (.quantity(4213, "公里", qualifier: "AT_LEAST"), "4213公里以上"),
    (.quantity(91_000_000, "平方米", qualifier: "atMost"), "近9100万平方米"),
    (.quantity(85, "名", qualifier: "emphasis"), "85名之多"),
    // A word the lexicon does not know is kept, before the number.
    (.quantity(85, "名", qualifier: "将近"), "将近85名"),
    // Ranges.
    (.range(400_000_000, 500_000_000, "元"), "4至5亿元"),
    (.range(50_000_000, 120_000_000, "元"), "5000万至1.2亿元"),
    (.range(3, 5, "年"), "3至5年"),
    (.range(8000, 12_000, "人"), "8000至1.2万人"),
    (.range(2_000_000, 3_000_000, "亩", qualifier: "约"), "约200至300万亩"),
    (.range(2_000_000, 3_000_000, "亩", qualifier: "左右"), "200至300万亩左右"),
    (.range(30, 40, kind: .percentage), "30%至40%"),
    (FigureText(low: 3_000_000, unit: "亩"), "300万亩以上"),
    (FigureText(high: 100, unit: "人"), "100人以下"),
    (FigureText(value: 7, low: 5, high: 9, unit: "天"), "7天"),
    (FigureText(low: 6, high: 6, unit: "天"), "6天"),
    (FigureText(unit: "元"), "—"),
    // Percentages: Arabic numerals and %, qualifiers around them.
    (.percentage(40), "40%"),
    (.percentage(12.5), "12.5%"),
    (.percentage(33.3333), "33.33%"),
    (.percentage(0), "0%"),
    (.percentage(50, qualifier: "近"), "近50%"),
    (.percentage(40, qualifier: "以上"), "40%以上"),
    (.percentage(40, qualifier: "多"), "40%以上"),
    (.percentage(40, qualifier: "左右"), "40%左右"),
    (.quantity(40, "%"), "40%"),
    // Shares.
    (.share(0.9), "九成"),
    (.share(0.2), "两成"),
    (.share(0.1), "一成"),
    (.share(0.5), "一半"),
    (.share(1.0 / 3), "三分之一"),
    (.share(2.0 / 3), "三分之二"),
    (.share(0.75), "四分之三"),
    (.share(0.85), "85%"),
    (.share(1), "100%"),
    (.share(0.9, qualifier: "以上"), "九成以上"),
    (.share(0.9, qualifier: "多"), "九成以上"),
    (.share(0.9, qualifier: "近"), "近九成"),
    (.share(0.5, qualifier: "超过"), "超过一半"),
    (.range(0.6, 0.7, kind: .share), "60%至70%"),
  ])
  func writesChinese(figure: FigureText, expected: String) {
    #expect(FigureFormatter.chinese(figure) == expected)
    #expect(FigureFormatter.text(figure, language: .zh) == expected)
  }
}

@Suite struct FigureFormatterEnglishTests {
  @Test(arguments: [
    (FigureText.quantity(400_000_000, "元", qualifier: "左右"), "about 400 million yuan"),
    (.quantity(11_000, "人", qualifier: "余"), "more than 11,000 people"),
    (.quantity(3_000_000, "亩", qualifier: "以上"), "at least 3 million mu"),
    (.quantity(4200, "公里", qualifier: "多"), "more than 4,200 km"),
    (.quantity(217_200, "户"), "217,200 households"),
    (.quantity(1000, "元"), "1,000 yuan"),
    (.quantity(32_350_000, "平方米"), "32.35 million square meters"),
    (.range(2_000_000, 3_000_000, "亩"), "2 to 3 million mu"),
    (.quantity(1_250_000_000, "元"), "1.25 billion yuan"),
    (.quantity(1_200_000_000_000, "元"), "1.2 trillion yuan"),
    (.quantity(1_234_567, "元"), "1,234,567 yuan"),
    (.quantity(1_000_000, "元"), "1 million yuan"),
    (.quantity(123_456_789, "元"), "123,456,789 yuan"),
    (.quantity(91_000_000, "平方米", qualifier: "atMost"), "nearly 91 million square meters"),
    (.quantity(2.5, "公里"), "2.5 km"),
    (.quantity(0, "人"), "0 people"),
    (.quantity(1, "人"), "1 person"),
    (.quantity(1, "户"), "1 household"),
    (.quantity(1, "元"), "1 yuan"),
    (.quantity(0.5), "0.5"),
    (.quantity(12_000), "12,000"),
    (.quantity(12, "个"), "12"),
    (.quantity(85, "名", qualifier: "之多"), "as many as 85"),
    (.quantity(1.5, "倍"), "1.5 times"),
    (.quantity(3, "个月"), "3 months"),
    (.quantity(100_000, "人", qualifier: "超过"), "more than 100,000 people"),
    (.quantity(50, "%", qualifier: "不到"), "less than 50%"),
    (.quantity(100, "人", qualifier: "以下"), "at most 100 people"),
    (.quantity(4200, "公里", qualifier: "at-least"), "more than 4,200 km"),
    (.quantity(1328, "驿站"), "1,328 驿站"),
    (.quantity(85, "名", qualifier: "将近"), "85"),
    (.range(50_000_000, 120_000_000, "元"), "50 to 120 million yuan"),
    (.range(500_000, 1_200_000, "元"), "500,000 to 1.2 million yuan"),
    (.range(3, 5, "年"), "3 to 5 years"),
    (.range(2_000_000, 3_000_000, "亩", qualifier: "约"), "about 2 to 3 million mu"),
    (.range(30, 40, kind: .percentage), "30% to 40%"),
    (FigureText(low: 3_000_000, unit: "亩"), "at least 3 million mu"),
    (FigureText(high: 100, unit: "人"), "at most 100 people"),
    (FigureText(), "—"),
    (.percentage(40), "40%"),
    (.percentage(50, qualifier: "近"), "nearly 50%"),
    (.share(0.9), "90%"),
    (.share(0.5), "half"),
    (.share(0.5, qualifier: "超过"), "more than half"),
    (.share(1.0 / 3, qualifier: "约"), "about a third"),
    (.share(0.75), "three quarters"),
    (.share(0.123), "12.3%"),
  ])
  func writesEnglish(figure: FigureText, expected: String) {
    #expect(FigureFormatter.english(figure) == expected)
    #expect(FigureFormatter.text(figure, language: .en) == expected)
  }
}

@Suite struct FigureCellTests {
  @Test(arguments: [
    (FigureText.quantity(32_350_000, "平方米"), "3,235万", "平方米", ""),
    (.quantity(123_400_000, "元"), "12,340万", "元", ""),
    (.quantity(400_000_000, "元", qualifier: "左右"), "4亿", "元", "≈"),
    (.quantity(4200, "公里", qualifier: "多"), "4,200", "公里", ">"),
    (.quantity(3_000_000, "亩", qualifier: "以上"), "300万", "亩", "≥"),
    (.quantity(11_000, "人", qualifier: "余"), "1.1万", "人", ">"),
    (.quantity(91_000_000, "平方米", qualifier: "近"), "9,100万", "平方米", "<"),
    (.quantity(100, "人", qualifier: "以下"), "100", "人", "≤"),
    (.quantity(217_200, "户"), "21.72万", "户", ""),
    (.quantity(123_456_789, "元"), "123,456,789", "元", ""),
    (.quantity(1000, "元"), "1,000", "元", ""),
    (.quantity(0.5), "0.5", "", ""),
    (.quantity(0, "人"), "0", "人", ""),
    (.range(2_000_000, 3_000_000, "亩"), "200–300万", "亩", ""),
    (.range(50_000_000, 120_000_000, "元"), "5,000万–1.2亿", "元", ""),
    (FigureText(low: 3_000_000, unit: "亩"), "300万", "亩", "≥"),
    (.percentage(40), "40", "%", ""),
    (.percentage(12.5, qualifier: "约"), "12.5", "%", "≈"),
    (.range(30, 40, kind: .percentage), "30–40", "%", ""),
    (.share(0.9), "90", "%", ""),
    (.share(0.5, qualifier: "近"), "50", "%", "<"),
    (FigureText(unit: "元"), "—", "元", ""),
  ])
  func writesACompactCell(figure: FigureText, value: String, unit: String, symbol: String) {
    #expect(FigureFormatter.cell(figure) == FigureCell(value: value, unit: unit, symbol: symbol))
  }

  @Test func signedValuePutsTheSymbolBeforeTheValue() {
    #expect(FigureFormatter.cell(.quantity(400_000_000, "元", qualifier: "约")).signedValue == "≈4亿")
  }
}

@Suite struct DecimalTextTests {
  @Test(arguments: [
    (21.72, 2, "21.72"), (1.0, 2, "1"), (1.10, 2, "1.1"), (217_200.0 / 10_000, 2, "21.72"),
    (0.0, 2, "0"), (-0.0, 2, "0"), (-2.5, 2, "-2.5"), (0.05, 2, "0.05"),
  ])
  func writesExactValues(value: Double, digits: Int, expected: String) {
    #expect(DecimalText.exact(value, fractionDigits: digits) == expected)
  }

  @Test(arguments: [(1.234, 2), (12_345.6789, 2), (0.001, 2), (1.5, 0)])
  func refusesValuesThatNeedMoreDigits(value: Double, digits: Int) {
    #expect(DecimalText.exact(value, fractionDigits: digits) == nil)
  }

  @Test(arguments: [
    ("0", "0"), ("999", "999"), ("1000", "1,000"), ("1234567", "1,234,567"), ("-1234.5", "-1,234.5"),
    ("123456.789", "123,456.789"),
  ])
  func groupsThousands(numeral: String, expected: String) {
    #expect(DecimalText.grouped(numeral) == expected)
  }

  @Test func roundsToTheGivenDigits() {
    #expect(DecimalText.rounded(2.0 / 3, fractionDigits: 4) == "0.6667")
    #expect(DecimalText.rounded(-0.00001, fractionDigits: 4) == "0")
  }
}

@Suite struct FigureLexiconTests {
  @Test func everyDefaultAndFallbackNamesAKnownQualifierWord() {
    let lexicon = FigureLexicon.shared
    for meaning in FigureQualifierMeaning.allCases {
      let word = lexicon.defaultQualifiers[meaning.rawValue]
      #expect(word.flatMap(lexicon.qualifier(word:))?.meaning == meaning, "default for \(meaning)")
    }
    for qualifier in lexicon.qualifiers {
      if let fallback = qualifier.fallback {
        let replacement = lexicon.qualifier(word: fallback)
        #expect(replacement?.meaning == qualifier.meaning, "fallback of \(qualifier.word)")
        #expect(replacement?.position != .afterNumber, "a fallback must not need a round number")
      }
    }
    #expect(lexicon.qualifier(word: lexicon.openRangeQualifiers.lowOnly)?.meaning == .atLeast)
    #expect(lexicon.qualifier(word: lexicon.openRangeQualifiers.highOnly)?.meaning == .atMost)
    #expect(lexicon.tenths.count == 9)
  }

  @Test func qualifierWordsAreUnique() {
    let words = FigureLexicon.shared.qualifiers.map(\.word)
    #expect(Set(words).count == words.count)
  }
}

@Suite struct FigureFormatterRobustnessTests {
  /// Values from every magnitude, awkward fractions and non-finite numbers, in every kind and with
  /// every qualifier: nothing traps, nothing is empty, nothing falls into exponent notation.
  @Test func neverTrapsAndNeverWritesExponents() {
    var generator = SystemRandomNumberGenerator()
    var values: [Double] = [
      0, -0.0, 1, -1, 1e-9, 0.1 + 0.2, 9_999.999_9, 99_999_999.99, 1e15, 1e300, -1e20, .infinity, .nan,
    ]
    for _ in 0..<100 {
      values.append(Double.random(in: -1e13...1e13, using: &generator))
      values.append(Double(Int.random(in: 0...1_000_000_000, using: &generator)) * 10)
      values.append(Double.random(in: 0...1, using: &generator))
    }
    let qualifiers: [String?] = [nil, "多", "以上", "近", "约", "左右", "about", "atLeast", "怪词"]
    for value in values {
      for kind in [FigureText.Kind.quantity, .percentage, .share] {
        for qualifier in qualifiers {
          let single = FigureText(kind: kind, value: value, unit: "元", qualifier: qualifier)
          let range = FigureText(kind: kind, low: value, high: value * 2 + 1, unit: nil, qualifier: qualifier)
          for figure in [single, range] {
            for text in [
              FigureFormatter.chinese(figure), FigureFormatter.english(figure),
              FigureFormatter.cell(figure).value,
            ] {
              #expect(!text.isEmpty)
              if value.isFinite && abs(value) < 1e200 {
                #expect(!text.contains("e+") && !text.contains("e-"), "\(value) → \(text)")
              }
            }
          }
        }
      }
    }
  }
}
