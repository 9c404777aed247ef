/// Joins blocks that a blank line broke in mid-sentence: a body block that does not end a sentence
/// joins the next body block of the same section, with nothing inserted between them (the break
/// can fall mid-word: 培养锻造高质量产 / 业工人队伍). A page label or a byline on its own line is
/// never continued.
enum ParagraphRepair {
  struct Draft {
    var kind: ParagraphKind
    var pieces: [SourceSpan]
  }

  static func repair(_ blocks: [SourceBlock], in scalars: [Unicode.Scalar]) -> [Draft] {
    var drafts: [Draft] = []
    for block in blocks {
      let kind = LayoutClassifier.kind(of: scalars[block.start..<block.end])
      let span = SourceSpan(start: block.start, end: block.end)
      // By index, not `let last = drafts.last`: a copy of the last draft alive during the append
      // would make the append copy all its pieces, quadratic for a paragraph of 100 000 pieces.
      if kind == .body, let last = drafts.indices.last, drafts[last].kind == .body,
        let previous = drafts[last].pieces.last, !endsSentence(scalars[previous.start..<previous.end]),
        !isMetadataLine(scalars[previous.start..<previous.end]),
        !CreditLine.isCreditLine(scalars[previous.start..<previous.end])
      {
        drafts[last].pieces.append(span)
      } else {
        drafts.append(Draft(kind: kind, pieces: [span]))
      }
    }
    return drafts
  }

  /// A line that labels the page rather than starting a sentence: 发布时间：2024-11-30 20:16,
  /// 来源：新华社 (a publication label of `datelines.json` and a colon), or a line without a Han
  /// character (a bare date, a clock time, an address). What follows it is a paragraph of its own.
  static func isMetadataLine(
    _ block: ArraySlice<Unicode.Scalar>, lexicon: DatelineLexicon = .shared
  ) -> Bool {
    let line = block.trimmingWhitespace
    guard !line.contains("\n"), line.count <= lexicon.maxDatelineLength else { return false }
    if !line.contains(where: { ScalarClass.isHan($0) }) { return true }
    return lexicon.publicationLabels.contains { label in
      let label = Array(label.unicodeScalars)
      guard line.count > label.count, line.starts(with: label) else { return false }
      let after = line.dropFirst(label.count).drop { $0.isSpace }
      return after.first == "：" || after.first == ":"
    }
  }

  /// Whether a block ends a sentence: its last mark, past any closing quotes, ends a sentence or
  /// the block (an ellipsis, a colon).
  static func endsSentence(_ block: ArraySlice<Unicode.Scalar>) -> Bool {
    var index = block.endIndex - 1
    while index >= block.startIndex, block[index].isSpace { index -= 1 }
    while index >= block.startIndex, Punctuation.isCloser(block[index]) { index -= 1 }
    guard index >= block.startIndex else { return true }
    let last = block[index]
    return Punctuation.isSentenceEnder(last) || Punctuation.blockEnders.contains(last) || last == "."
  }
}
