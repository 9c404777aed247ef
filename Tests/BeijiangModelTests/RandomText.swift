import BeijiangModel

/// Text generators for property tests, driven by a seeded `SplitMix64` so a failure reproduces:
/// the seed is in the test's arguments.
enum RandomText {
  /// Pieces that exercise the parsers: headings, blank lines, quotes, digits, numerals, units,
  /// punctuation, controls, right-to-left and combining text, emoji.
  static let fragments: [String] = [
    "\n", "\n\n", "# ", "## ", "### ", "“", "”", "‘", "’", "。", "，", ",", "！", "？", "；", ":", "：", "(", ")",
    "（", "）",
    "2024年", "3月29日", "至", "4亿元左右", "1.1万余人", "300万亩以上", "百分之五十", "九成", "三分之一", "第七届", "十四五",
    "四子王旗", "二连浩特", "口岸", "稀土", "供暖", "诚信", "防沙治沙", "张慧宇", "自治区总工会", "强调:", "表示",
    "\u{1B}[2J", "\u{7}", "\t", " ", "　", "\u{FEFF}", "\u{200B}", "שלום", "مرحبا", "e\u{301}", "👍🏽", "０１２",
    "一", "二", "两", "十", "百", "千", "万", "亿", "多", "余", "以上", "左右", "近", "%", "％", "-", "~", "到",
  ]

  static func string(using generator: inout SplitMix64, pieces: Int) -> String {
    var text = ""
    for _ in 0..<pieces {
      if Int.random(in: 0..<4, using: &generator) == 0 {
        text.unicodeScalars.append(randomScalar(using: &generator))
      } else {
        text += fragments.randomElement(using: &generator)!
      }
    }
    return text
  }

  static func randomScalar(using generator: inout SplitMix64) -> Unicode.Scalar {
    while true {
      let value = UInt32.random(in: 1...0x10FFFF, using: &generator)
      if let scalar = Unicode.Scalar(value) { return scalar }
    }
  }

  /// The text with a few random scalar insertions, deletions and replacements.
  static func mutate(_ text: String, using generator: inout SplitMix64, edits: Int) -> String {
    var scalars = Array(text.unicodeScalars)
    for _ in 0..<edits {
      let position = Int.random(in: 0...scalars.count, using: &generator)
      switch Int.random(in: 0..<3, using: &generator) {
      case 0:
        scalars.insert(contentsOf: fragments.randomElement(using: &generator)!.unicodeScalars, at: position)
      case 1 where position < scalars.count:
        scalars.removeSubrange(
          position..<min(scalars.count, position + Int.random(in: 1...40, using: &generator)))
      default:
        if position < scalars.count { scalars[position] = randomScalar(using: &generator) }
      }
    }
    return String(String.UnicodeScalarView(scalars))
  }
}
