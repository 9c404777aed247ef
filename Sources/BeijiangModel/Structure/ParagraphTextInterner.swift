import Foundation

/// A paragraph's text in the three forms the model keeps: scalars, string and sentences.
struct ParagraphText {
  let scalars: [Unicode.Scalar]
  let text: String
  let sentences: [SourceSpan]
}

/// Makes each paragraph's text from its pieces of the source, once per distinct text: a paragraph
/// whose text is identical to an earlier one gets that one's arrays and string, which are shared,
/// not copied.
///
/// Why: articles repeat paragraphs (a page scraped twice, a block reprinted under another
/// heading), and the repeat finder marks them but the structure step used to build every copy in
/// full. On the seed repeated 1000 times (19.6 MB, 36 000 paragraphs of 36 distinct texts) making
/// the copies' strings, scalars and sentence lists was 13% of `extract` (`perf`), and sharing
/// them took its memory from 126 MB to 75 MB. Identical texts are found by a digest of the
/// scalars, then compared in full, so two texts share storage only when they are truly equal.
struct ParagraphTextInterner {
  private(set) var identical = IdenticalTexts()
  private var distinct: [(text: ParagraphText, number: Int)] = []
  private var distinctByDigest: [UInt64: [Int]] = [:]

  /// The text of the next paragraph, made of `pieces` of `source`.
  mutating func text(of pieces: [SourceSpan], in source: [Unicode.Scalar]) -> ParagraphText {
    let number = identical.count
    let digest = Self.digest(of: pieces, in: source)
    for index in distinctByDigest[digest] ?? []
    where Self.isText(distinct[index].text.scalars, madeOf: pieces, in: source) {
      identical.append(first: distinct[index].number)
      return distinct[index].text
    }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(pieces.reduce(0) { $0 + $1.length })
    for piece in pieces { scalars += source[piece.start..<piece.end] }
    let made = ParagraphText(
      scalars: scalars, text: String(scalars: scalars), sentences: SentenceSplitter.split(scalars))
    distinctByDigest[digest, default: []].append(distinct.count)
    distinct.append((made, number))
    identical.append(first: number)
    return made
  }

  private static func digest(of pieces: [SourceSpan], in source: [Unicode.Scalar]) -> UInt64 {
    var digest = ScalarDigest()
    for piece in pieces {
      for scalar in source[piece.start..<piece.end] { digest.add(scalar) }
    }
    return digest.value
  }

  /// Whether `scalars` is exactly the pieces of `source` one after another.
  private static func isText(
    _ scalars: [Unicode.Scalar], madeOf pieces: [SourceSpan], in source: [Unicode.Scalar]
  ) -> Bool {
    guard pieces.reduce(0, { $0 + $1.length }) == scalars.count else { return false }
    var offset = 0
    for piece in pieces {
      guard sameScalars(scalars, at: offset, source, at: piece.start, count: piece.length) else {
        return false
      }
      offset += piece.length
    }
    return true
  }

  /// Compares two runs of scalars as memory: every copy of a repeated paragraph is compared in
  /// full, and a scalar at a time (`==` on slices) was 14 instructions a scalar in callgrind, a
  /// twentieth of `extract` on the seed repeated 1000 times. Both ranges are checked first.
  private static func sameScalars(
    _ first: [Unicode.Scalar], at firstStart: Int, _ second: [Unicode.Scalar], at secondStart: Int, count: Int
  ) -> Bool {
    precondition(firstStart >= 0 && secondStart >= 0 && count >= 0)
    precondition(firstStart + count <= first.count && secondStart + count <= second.count)
    guard count > 0 else { return true }
    let stride = MemoryLayout<Unicode.Scalar>.stride
    return first.withUnsafeBytes { left in
      second.withUnsafeBytes { right in
        memcmp(
          left.baseAddress! + firstStart * stride, right.baseAddress! + secondStart * stride, count * stride)
          == 0
      }
    }
  }
}
