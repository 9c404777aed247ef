/// Quoted slogans: a quotation listing short parallel parts with 、 (“育文化、立规矩、严管理”,
/// “感党恩、听党话、跟党走”). Their parts are verbs with objects, never names, so no person is read
/// inside one — a rule in place of listing each slogan's words as name stopwords.
enum SloganSpans {
  static let separator: Unicode.Scalar = "、"
  static let partLength = 2...4

  static func spans(_ segments: [QuotedSegment], in paragraph: ScalarParagraph) -> [TextSpan] {
    segments.filter { isSlogan($0, paragraph) }.map(\.span)
  }

  private static func isSlogan(_ segment: QuotedSegment, _ paragraph: ScalarParagraph) -> Bool {
    let content = paragraph.scalars[segment.contentStart..<segment.contentEnd]
    let parts = content.split(separator: separator, omittingEmptySubsequences: false)
    return parts.count >= 3
      && parts.allSatisfy { partLength.contains($0.count) && $0.allSatisfy(EntityScalarClass.isHan) }
  }
}
