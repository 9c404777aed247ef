/// A half-open range of Unicode-scalar offsets inside one paragraph, used while rules run.
struct TextSpan: Hashable, Sendable, Comparable {
  var paragraph: Int
  var start: Int
  var end: Int

  var length: Int { end - start }

  func overlaps(_ other: TextSpan) -> Bool {
    paragraph == other.paragraph && start < other.end && other.start < end
  }

  func contains(_ other: TextSpan) -> Bool {
    paragraph == other.paragraph && start <= other.start && other.end <= end
  }

  static func < (lhs: TextSpan, rhs: TextSpan) -> Bool {
    (lhs.paragraph, lhs.start, lhs.end) < (rhs.paragraph, rhs.start, rhs.end)
  }
}

/// One input paragraph as scalars, so every offset the rules compute is a Unicode-scalar offset.
struct ScalarParagraph: Sendable {
  let index: Int
  let scalars: [Unicode.Scalar]

  init(index: Int, text: String) {
    self.init(index: index, scalars: Array(text.unicodeScalars))
  }

  init(index: Int, scalars: [Unicode.Scalar]) {
    self.index = index
    self.scalars = scalars
  }

  var count: Int { scalars.count }

  func text(_ start: Int, _ end: Int) -> String {
    String(scalars: scalars[max(0, start)..<min(end, scalars.count)])
  }

  func mention(_ start: Int, _ end: Int) -> EntityMention {
    EntityMention(paragraph: index, start: start, end: end, surface: text(start, end))
  }

  /// Whether `word` occurs at `offset`.
  func has(_ word: String, at offset: Int) -> Bool {
    var position = offset
    for scalar in word.unicodeScalars {
      guard position >= 0, position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  /// Whether `word` ends right before `offset`.
  func has(_ word: String, endingAt offset: Int) -> Bool {
    has(word, at: offset - word.unicodeScalars.count)
  }

  /// Whether `word`, given as scalars, occurs at `offset`.
  func has(_ word: [Unicode.Scalar], at offset: Int) -> Bool {
    var position = offset
    for scalar in word {
      guard position >= 0, position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  /// Whether `word`, given as scalars, ends right before `offset`.
  func has(_ word: [Unicode.Scalar], endingAt offset: Int) -> Bool {
    has(word, at: offset - word.count)
  }
}
