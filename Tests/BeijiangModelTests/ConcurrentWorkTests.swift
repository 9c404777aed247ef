import Testing

@testable import BeijiangModel

/// Work split across cores must come back whole and in order, whatever finishes first.
@Suite struct ConcurrentWorkTests {
  @Test(arguments: [
    ([5, 5, 5, 5], 2, [0..<2, 2..<4]),
    ([1, 1, 1], 1, [0..<3]),
    ([10, 1, 1, 1], 2, [0..<1, 1..<4]),
    ([3], 8, [0..<1]),
    ([], 4, []),
    ([0, 0], 2, [0..<2]),
  ])
  func rangesCoverEveryIndexOnceInOrder(weights: [Int], parts: Int, expected: [Range<Int>]) {
    #expect(ConcurrentWork.ranges(splitting: weights, into: parts) == expected)
  }

  @Test func resultsComeInIndexOrder() {
    #expect(ConcurrentWork.map(100) { $0 * $0 } == (0..<100).map { $0 * $0 })
    let (first, second) = ConcurrentWork.both({ "甲" }, { 2 })
    #expect(first == "甲" && second == 2)
  }

  /// Every part comes back once and in index order, whichever task ends first, with any number
  /// of parts (none: an article whose paragraphs are all repeats).
  @Test(arguments: [0, 1, 2, 17])
  func partsComeInIndexOrderWhicheverTaskEndsFirst(count: Int) {
    for round in 0..<50 {
      let slow = { @Sendable in (0..<5000).reduce(0, +) }
      let quick = { @Sendable in 3 }
      let (first, second, parts) =
        round.isMultiple(of: 2)
        ? ConcurrentWork.both(quick, slow, thenParts: count) { $0 * $1 }
        : ConcurrentWork.both(slow, quick, thenParts: count) { $0 == 3 ? 0 : $1 }
      #expect(first + second == 3 + 12_497_500)
      #expect(parts == (0..<count).map { round.isMultiple(of: 2) ? 3 * $0 : $0 })
    }
  }

  /// An article long enough to be read on both cores numbers its figures in text order, as a
  /// short one does.
  @Test func aLongArticlesFiguresAreNumberedInTextOrder() throws {
    let paragraphs = (0..<3000).map { "第\($0 % 7 + 1)季度，四子王旗完成投资\($0 + 1)万元，同比增长\($0 % 9 + 1)%。" }
    let text = paragraphs.joined(separator: "\n\n") + "\n"
    #expect(text.unicodeScalars.count > DocumentAnalyzer.concurrentScalars)
    let metrics = try TestFiles.document(text: text).analysis.metrics
    #expect(metrics.map(\.id) == metrics.indices.map { "m\($0 + 1)" })
    #expect(zip(metrics, metrics.dropFirst()).allSatisfy { $0.quantity.start < $1.quantity.start })
    #expect(metrics.count > 3000)
  }
}
