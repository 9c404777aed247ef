/// Which paragraphs have identical repaired text, scalar for scalar, in document order.
///
/// Paragraph numbers count every paragraph of the document from 0, section after section (the
/// order of `Document.paragraphs`). Steps after the structure (the project classifier, the repeat
/// finder) look a paragraph up here to reuse what they worked out for the first copy of its text.
struct IdenticalTexts: Sendable {
  private var firsts: [Int] = []

  /// How many paragraphs have been numbered.
  var count: Int { firsts.count }

  /// The number of the first paragraph with the same text as paragraph `number` (its own number
  /// when it is the first).
  func first(withTextOf number: Int) -> Int { firsts[number] }

  /// Numbers the next paragraph, whose text is first seen in paragraph `first`.
  mutating func append(first: Int) { firsts.append(first) }
}
