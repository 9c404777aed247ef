/// One step of a walk down a `ScalarTrieCore`: the scalar to follow, and what to report as the
/// match's `end` if a word ends after it (an offset for forward walks, a length for backward ones).
struct TrieStep {
  let scalar: Unicode.Scalar
  let end: Int
}

/// Reads `text` forwards from `start` up to `limit` (exclusive); a word ends after its last scalar.
struct ForwardTrieSteps<Text: RandomAccessCollection>: Sequence, IteratorProtocol
where Text.Index == Int, Text.Element == Unicode.Scalar {
  private let text: Text
  private var index: Int
  private let limit: Int

  init(_ text: Text, from start: Int) {
    self.text = text
    index = start
    limit = text.endIndex
  }

  init(_ text: Text, from start: Int, upTo limit: Int) {
    self.text = text
    index = start
    self.limit = Swift.min(limit, text.endIndex)
  }

  mutating func next() -> TrieStep? {
    guard index >= text.startIndex, index < limit else { return nil }
    index += 1
    return TrieStep(scalar: text[index - 1], end: index)
  }
}

/// Reads `text` backwards from just before `end`; a step's `end` is the length read so far, so a word
/// stored reversed reports its length.
struct BackwardTrieSteps<Text: RandomAccessCollection>: Sequence, IteratorProtocol
where Text.Index == Int, Text.Element == Unicode.Scalar {
  private let text: Text
  private let end: Int
  private var length = 0

  init(_ text: Text, endingAt end: Int) {
    self.text = text
    self.end = end
  }

  mutating func next() -> TrieStep? {
    let index = end - length - 1
    guard index >= text.startIndex, index < text.endIndex else { return nil }
    length += 1
    return TrieStep(scalar: text[index], end: length)
  }
}
