/// A stretch of text between “ and ”, found with a stack so nested quotation marks pair correctly.
struct QuotedSegment: Sendable {
  let paragraph: Int
  /// Offset of the opening mark.
  let open: Int
  /// Offset of the closing mark.
  let close: Int
  /// 0 for a top-level quotation, 1 inside another, and so on.
  let depth: Int

  /// The offsets of the text inside the marks.
  var contentStart: Int { open + 1 }
  var contentEnd: Int { close }
  var span: TextSpan { TextSpan(paragraph: paragraph, start: open, end: close + 1) }
}

enum QuotedSegments {
  /// Every well-paired quotation in the paragraph, ordered by opening mark. A closing mark without an
  /// opening one (a typing slip) and an opening mark left unclosed at the paragraph's end are ignored.
  static func segments(in paragraph: ScalarParagraph) -> [QuotedSegment] {
    var openings: [Int] = []
    var found: [QuotedSegment] = []
    for (offset, scalar) in paragraph.scalars.enumerated() {
      if scalar == "“" {
        openings.append(offset)
      } else if scalar == "”", let open = openings.popLast() {
        found.append(
          QuotedSegment(paragraph: paragraph.index, open: open, close: offset, depth: openings.count))
      }
    }
    return found.sorted { $0.open < $1.open }
  }

  /// Top-level segments grouped so that quotations written back to back (“…？”“…。”) form one group.
  static func adjacentGroups(_ segments: [QuotedSegment]) -> [[QuotedSegment]] {
    var groups: [[QuotedSegment]] = []
    for segment in segments where segment.depth == 0 {
      if let last = groups.last?.last, last.close + 1 == segment.open {
        groups[groups.count - 1].append(segment)
      } else {
        groups.append([segment])
      }
    }
    return groups
  }

  /// Whether quoted text reads as speech rather than a name or slogan: it holds sentence punctuation
  /// (。？！), or clause punctuation (，；：) and at least twelve characters. Slogans list their parts with
  /// 、 or spaces and carry no such marks.
  static func readsAsSpeech(_ group: [QuotedSegment], in paragraph: ScalarParagraph) -> Bool {
    let content = group.flatMap { paragraph.scalars[$0.contentStart..<$0.contentEnd] }
    if content.contains(where: EntityScalarClass.isSentenceEnd) { return true }
    return content.count >= 12 && content.contains(where: EntityScalarClass.isClausePunctuation)
  }
}
