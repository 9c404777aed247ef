/// The person mentions of a document, found by where they start or end, for quote attribution.
///
/// Looked up by position in a dictionary: attribution asks at many offsets of each quote's sentence,
/// and searching every mention of the document each time grew with quotes times mentions.
struct NamedPeople {
  /// A person mention the attributor can point to.
  struct Mention {
    let name: String
    let id: String
    let span: TextSpan
  }

  private struct Position: Hashable {
    let paragraph: Int
    let offset: Int
  }

  private var byStart: [Position: Mention] = [:]
  private var byEnd: [Position: Mention] = [:]

  /// Indexes `mentions`; where two share a start or an end, the earlier one in the list is kept.
  init(_ mentions: [Mention]) {
    for mention in mentions {
      let span = mention.span
      let start = Position(paragraph: span.paragraph, offset: span.start)
      let end = Position(paragraph: span.paragraph, offset: span.end)
      if byStart[start] == nil { byStart[start] = mention }
      if byEnd[end] == nil { byEnd[end] = mention }
    }
  }

  /// The mention starting at `offset` of paragraph `paragraph`.
  func starting(at offset: Int, paragraph: Int) -> Mention? {
    byStart[Position(paragraph: paragraph, offset: offset)]
  }

  /// The mention ending right before `offset` of paragraph `paragraph`.
  func ending(at offset: Int, paragraph: Int) -> Mention? {
    byEnd[Position(paragraph: paragraph, offset: offset)]
  }
}
