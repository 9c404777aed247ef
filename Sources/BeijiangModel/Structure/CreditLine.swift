/// A byline or photo credit on a line of its own (记者 周 蕾 通讯员 郭鹏杰, 新华社记者 贝赫 摄): it ends
/// no sentence, yet the next block is not its continuation, so `ParagraphRepair` never joins a
/// block onto it. The credit words are the byline finder's (`person-cues.json`), so the two agree.
enum CreditLine {
  /// Longer lines are prose that happens to open with 记者 (记者从自治区总工会获悉……).
  static let maximumLength = 40

  static func isCreditLine(
    _ block: ArraySlice<Unicode.Scalar>, lexicon: EntityLexicon = .shared
  ) -> Bool {
    let trimmed = block.trimmingWhitespace
    // Measured before copying: the blocks asked about can be whole paragraphs of prose.
    guard !trimmed.isEmpty, trimmed.count <= maximumLength, !trimmed.contains("\n") else { return false }
    let line = Array(trimmed)
    if lexicon.creditsBefore.longestMatch(in: line, at: 0) != nil {
      return !opensSentence(line)
    }
    return endsWithCredit(line, lexicon: lexicon)
  }

  /// 记者获悉 / 记者了解到 glue a verb to the credit word and open reported prose, not a byline: a
  /// byline has no sentence or clause marks.
  private static func opensSentence(_ line: [Unicode.Scalar]) -> Bool {
    line.contains { Punctuation.isSentenceEnder($0) || $0 == "，" || $0 == "," }
  }

  /// … 摄, … 报道, … 供图 closing a line without sentence or clause marks.
  private static func endsWithCredit(_ line: [Unicode.Scalar], lexicon: EntityLexicon) -> Bool {
    let closesWithCredit = line.indices.dropFirst().contains { start in
      lexicon.creditsAfter.longestMatch(in: line, at: start).map { start + $0.length == line.count } ?? false
    }
    return closesWithCredit && !opensSentence(line)
  }
}
