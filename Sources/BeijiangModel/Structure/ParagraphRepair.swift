/// Joins blocks that a blank line broke in mid-sentence: a body block that does not end a sentence
/// joins the next body block of the same section, with nothing inserted between them (the break
/// can fall mid-word: 培养锻造高质量产 / 业工人队伍).
enum ParagraphRepair {
  struct Draft {
    var kind: ParagraphKind
    var pieces: [SourceSpan]
  }

  static func repair(_ blocks: [TextBlock], in scalars: [Unicode.Scalar]) -> [Draft] {
    var drafts: [Draft] = []
    for block in blocks {
      let kind = LayoutClassifier.kind(of: scalars[block.start..<block.end])
      let span = SourceSpan(start: block.start, end: block.end)
      if kind == .body, let last = drafts.last, last.kind == .body,
        !endsSentence(scalars[last.pieces.last!.start..<last.pieces.last!.end])
      {
        drafts[drafts.count - 1].pieces.append(span)
      } else {
        drafts.append(Draft(kind: kind, pieces: [span]))
      }
    }
    return drafts
  }

  /// Whether a block ends a sentence: its last mark, past any closing quotes, ends a sentence or
  /// the block (an ellipsis, a colon).
  static func endsSentence(_ block: ArraySlice<Unicode.Scalar>) -> Bool {
    var index = block.endIndex - 1
    while index >= block.startIndex, block[index].properties.isWhitespace { index -= 1 }
    while index >= block.startIndex, Punctuation.closers.contains(block[index]) { index -= 1 }
    guard index >= block.startIndex else { return true }
    let last = block[index]
    return Punctuation.sentenceEnders.contains(last) || Punctuation.blockEnders.contains(last) || last == "."
  }
}
