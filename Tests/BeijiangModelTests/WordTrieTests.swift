import Testing

@testable import BeijiangModel

/// The two lexicon matchers built on `ScalarTrieCore` keep their own behaviour: quote skipping and
/// leftmost-longest for `TermMatcher`; both directions, limits and values for `WordTrie`.
@Suite struct WordTrieTests {
  static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  @Test(
    arguments: [
      ("实施科技“突围”工程", [(2, 7, "科技突围")]),  // ends after 围, before the closing quote
      ("“科技突围”", [(1, 5, "科技突围")]),  // the opening quote is not part of the term
      ("科技突围科技", [(0, 4, "科技突围"), (4, 6, "科技")]),
      ("生态科技突围", [(0, 2, "生态"), (2, 6, "科技突围")]),
      ("生态科", [(0, 2, "生态")]),
    ] as [(String, [(Int, Int, String)])])
  func termMatcherIsLeftmostLongestAndSkipsQuotes(_ text: String, _ expected: [(Int, Int, String)]) {
    let matcher = TermMatcher([("科技", "科技"), ("科技突围", "科技突围"), ("生态", "生态"), ("态科", "态科")])
    let found = matcher.matches(in: Self.scalars(text)[...])
    #expect(found.map(\.start) == expected.map(\.0))
    #expect(found.map(\.end) == expected.map(\.1))
    #expect(found.map(\.value) == expected.map(\.2))
  }

  @Test func termMatcherReadsASliceByItsOwnIndices() {
    let matcher = TermMatcher([("工程", 1)])
    let text = Self.scalars("六大工程")
    let found = matcher.matches(in: text[2...])
    #expect(found.map(\.start) == [2])
    #expect(found.map(\.end) == [4])
  }

  @Test func wordTrieMatchesForwardsAndBackwards() {
    let forward = WordTrie(words: ["总工会", "总工"], value: true)
    let backward = WordTrie(words: ["总工会", "工会"], value: true, reversed: true)
    let text = Self.scalars("自治区总工会")
    #expect(forward.matches(in: text, at: 3).map(\.length) == [2, 3])
    #expect(forward.longestMatch(in: text, at: 3)?.length == 3)
    #expect(forward.longestMatch(in: text, at: 4) == nil)
    #expect(backward.matches(in: text, endingAt: 6).map(\.length) == [2, 3])
    #expect(backward.longestMatch(in: text, endingAt: 6)?.length == 3)
    #expect(backward.longestMatch(in: text, endingAt: 5) == nil)
    #expect(backward.longestMatch(in: text, endingAt: 7) == nil)
    #expect(backward.contains("工会") && !backward.contains("会工") && !backward.contains("工"))
    #expect(forward.contains("总工") && !forward.contains("") && !forward.contains("总工会议"))
  }

  @Test func wordTrieIsEmptyUntilAWordIsAddedAndReplacesOnReinsert() {
    var trie = WordTrie<String>()
    #expect(trie.isEmpty)
    trie.insert("", value: "none")
    #expect(trie.isEmpty)
    trie.insert("张慧宇", value: "first")
    trie.insert("张慧宇", value: "second")
    #expect(!trie.isEmpty)
    #expect(trie.longestMatch(in: Self.scalars("张慧宇说"), at: 0)?.value == "second")
  }

  @Test func wordTrieRespectsTheLimitAndReturnsPayloads() {
    let trie = WordTrie<Int>([("万元", 0), ("万", 1), ("万元以上", 2)])
    let text = Array("4亿万元以上".unicodeScalars)
    #expect(trie.longestMatch(in: text, at: 2)?.value == 2)
    #expect(trie.longestMatch(in: text, at: 2, limit: 5)?.end == 4)
    #expect(trie.matches(in: text, at: 2).map(\.value) == [1, 0, 2])
    #expect(trie.matches(in: text, at: 2, limit: 3).map(\.end) == [3])
    #expect(trie.longestMatch(in: text, at: 0) == nil)
  }
}
