import BeijiangModel
import Foundation

/// The texts the pipeline benchmark reads, made from the bundled seed.
///
/// - `repeated`: the seed n times, as issue 3 asks. Every copy after the first is a repeat, which
///   the structure step marks and the extractors skip, so this measures reading, structuring,
///   finding repeats and classifying more than extracting.
/// - `shuffled`: the seed's sentences drawn at random (a fixed seed, so every run reads the same
///   text) into new paragraphs under the seed's headings, until it is as long as n copies. No
///   paragraph repeats another, so every extractor runs on all of it: the cost of an article that
///   long.
enum BenchCorpus {
  case repeated
  case shuffled

  var name: String {
    switch self {
    case .repeated: "repeated seed"
    case .shuffled: "shuffled sentences"
    }
  }

  func text(seed: String, copies: Int) -> String {
    switch self {
    case .repeated: String(repeating: seed + "\n\n", count: copies)
    case .shuffled: Self.shuffled(seed: seed, bytes: (seed.utf8.count + 2) * copies)
    }
  }

  private static func shuffled(seed: String, bytes: Int) -> String {
    let blocks = seed.components(separatedBy: "\n\n").filter {
      !$0.trimmingCharacters(in: .whitespaces).isEmpty
    }
    let headings = blocks.filter { $0.hasPrefix("#") }
    let sentences = blocks.filter { !$0.hasPrefix("#") }.flatMap(Self.sentences)
    var random = SplitMix64(seed: 7)
    var out: [String] = []
    var size = 0
    while size < bytes {
      for heading in headings {
        out.append(heading)
        size += heading.utf8.count + 2
        for _ in 0..<random.next(in: 3...8) {
          let paragraph = (0..<random.next(in: 2...5)).map { _ in
            sentences[random.next(in: 0...(sentences.count - 1))]
          }
          .joined()
          out.append(paragraph)
          size += paragraph.utf8.count + 2
        }
      }
    }
    return out.joined(separator: "\n\n") + "\n"
  }

  /// A block's sentences, each ending with its 。！？ (and a closing quote after it).
  static func sentences(of block: String) -> [String] {
    var sentences: [String] = []
    var current = ""
    let enders: Set<Character> = ["。", "！", "？"]
    let scalars = Array(block.replacingOccurrences(of: "\n", with: ""))
    for (index, character) in scalars.enumerated() {
      current.append(character)
      let next = index + 1 < scalars.count ? scalars[index + 1] : nil
      if enders.contains(character) && next != "”"
        || character == "”" && current.count > 1
          && enders.contains(current.dropLast().last ?? " ")
      {
        sentences.append(current)
        current = ""
      }
    }
    if !current.trimmingCharacters(in: .whitespaces).isEmpty { sentences.append(current) }
    return sentences
  }
}

extension SplitMix64 {
  /// A number in `range`, by remainder: the benchmark texts recorded in docs/performance.md were
  /// drawn this way, so it stays even though `Int.random(in:using:)` draws differently.
  mutating func next(in range: ClosedRange<Int>) -> Int {
    range.lowerBound + Int(next() % UInt64(range.count))
  }
}
