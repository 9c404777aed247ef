import BeijiangModel
import Foundation

/// Text that does not repeat, for the speed targets of docs/performance.md: the sentences of the
/// seed and of the given composed articles, drawn at random (a fixed seed, so every run reads the
/// same text) into paragraphs under their articles' headings, with every ASCII digit redrawn.
///
/// Real reporting rarely prints a paragraph twice, so a benchmark on repeated text measures the
/// repeat finder, not the extractors; with digits redrawn no paragraph here equals another and
/// every figure is new.
struct DistinctCorpus {
  var articles: [String]
  var seed: UInt64 = 11

  func text(bytes: Int) -> String {
    let blocks = articles.flatMap { $0.components(separatedBy: "\n\n") }
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
    let headings = blocks.filter { $0.hasPrefix("#") }
    let sentences = blocks.filter { !$0.hasPrefix("#") }.flatMap(BenchCorpus.sentences(of:))
    var random = SplitMix64(seed: seed)
    var out: [String] = []
    var size = 0
    // An article opens with its own heading, so each of a corpus has a title.
    while size < bytes {
      let heading = headings.isEmpty ? "# 标题" : headings[random.next(in: 0...(headings.count - 1))]
      out.append(heading)
      size += heading.utf8.count + 2
      for _ in 0..<random.next(in: 3...8) {
        let paragraph = (0..<random.next(in: 2...5)).map { _ in
          Self.redrawingDigits(sentences[random.next(in: 0...(sentences.count - 1))], with: &random)
        }
        .joined()
        out.append(paragraph)
        size += paragraph.utf8.count + 2
      }
    }
    return out.joined(separator: "\n\n") + "\n"
  }

  /// Every ASCII digit replaced by a random one; a number's first digit stays non-zero, so 2024
  /// becomes another four-digit number rather than 0xyz.
  static func redrawingDigits(_ sentence: String, with random: inout SplitMix64) -> String {
    var scalars = String.UnicodeScalarView()
    var previousWasDigit = false
    for scalar in sentence.unicodeScalars {
      if ("0"..."9").contains(scalar) {
        let digit = previousWasDigit ? random.next(in: 0...9) : random.next(in: 1...9)
        scalars.append(Unicode.Scalar(UInt8(48 + digit)))
        previousWasDigit = true
      } else {
        scalars.append(scalar)
        previousWasDigit = false
      }
    }
    return String(scalars)
  }
}
