import Testing

@testable import BeijiangModel

/// The shared trie core: every lexicon matcher relies on these walks, so they are checked case by case
/// and against a naive dictionary of words on random input.
@Suite struct ScalarTrieCoreTests {
  struct WalkCase: CustomTestStringConvertible, Sendable {
    let words: [String]
    let text: String
    let start: Int
    /// Every (end offset, word index) found from `start`, shortest first.
    let all: [(end: Int, value: Int)]
    var testDescription: String { "\(words) in \(text) at \(start)" }
  }

  static let forwardCases: [WalkCase] = [
    WalkCase(words: ["稀土", "稀土产业", "产业"], text: "发展稀土产业集群", start: 2, all: [(4, 0), (6, 1)]),
    WalkCase(words: ["稀土", "稀土产业"], text: "发展稀土产品", start: 2, all: [(4, 0)]),
    WalkCase(words: ["稀土"], text: "发展稀土", start: 0, all: []),
    WalkCase(words: ["稀土"], text: "稀", start: 0, all: []),
    WalkCase(words: ["稀土"], text: "稀土", start: 2, all: []),
    WalkCase(words: ["稀土"], text: "稀土", start: -1, all: []),
    WalkCase(words: [], text: "稀土", start: 0, all: []),
    // Astral scalars, and ones sharing their low 12 bits with a BMP scalar (U+1F600, U+0600).
    WalkCase(words: ["𠀀", "𠀀𠀁", "\u{1F600}"], text: "a𠀀𠀁b", start: 1, all: [(2, 0), (3, 1)]),
    WalkCase(words: ["\u{1F600}"], text: "\u{0600}\u{1F600}", start: 0, all: []),
    WalkCase(words: ["\u{1F600}"], text: "\u{0600}\u{1F600}", start: 1, all: [(2, 0)]),
    WalkCase(words: ["\u{10FFFF}", "\u{0}"], text: "\u{0}\u{10FFFF}", start: 0, all: [(1, 1)]),
  ]

  static func scalars(_ text: String) -> [Unicode.Scalar] { Array(text.unicodeScalars) }

  static func trie(_ words: [String]) -> ScalarTrieCore<Int> {
    var trie = ScalarTrieCore<Int>()
    for (index, word) in words.enumerated() { trie.insert(scalars(word), value: index) }
    return trie
  }

  @Test(arguments: forwardCases)
  func forwardWalkFindsEveryWordShortestFirst(_ example: WalkCase) {
    let trie = Self.trie(example.words)
    let text = Self.scalars(example.text)
    let all = trie.allMatches(along: ForwardTrieSteps(text, from: example.start))
    #expect(all.map(\.end) == example.all.map(\.end))
    #expect(all.map(\.value) == example.all.map(\.value))
    let longest = trie.longestMatch(along: ForwardTrieSteps(text, from: example.start))
    #expect(longest?.end == example.all.last?.end)
    #expect(longest?.value == example.all.last?.value)
  }

  @Test func forwardWalkStopsAtTheLimit() {
    let trie = Self.trie(["稀土", "稀土产业"])
    let text = Self.scalars("稀土产业")
    #expect(trie.longestMatch(along: ForwardTrieSteps(text, from: 0, upTo: 3))?.end == 2)
    #expect(trie.longestMatch(along: ForwardTrieSteps(text, from: 0, upTo: 1)) == nil)
    #expect(trie.longestMatch(along: ForwardTrieSteps(text, from: 0, upTo: 99))?.end == 4)
  }

  @Test(
    arguments: [
      ("发展稀土产业", 6, [(2, 2), (4, 1)]),  // 产业, 稀土产业 read back from the end
      ("发展稀土产业", 4, [(2, 0)]),  // 稀土
      ("发展稀土产业", 1, []),
      ("发展稀土产业", 0, []),
      ("发展稀土产业", 9, []),
    ] as [(String, Int, [(Int, Int)])])
  func backwardWalkReportsLengths(_ text: String, _ end: Int, _ expected: [(Int, Int)]) {
    var trie = ScalarTrieCore<Int>()
    for (index, word) in ["稀土", "稀土产业", "产业"].enumerated() {
      trie.insert(Self.scalars(word).reversed(), value: index)
    }
    let found = trie.allMatches(along: BackwardTrieSteps(Self.scalars(text), endingAt: end))
    #expect(found.map(\.end) == expected.map(\.0))
    #expect(found.map(\.value) == expected.map(\.1))
  }

  @Test func theEmptyWordIsNotStored() {
    var trie = ScalarTrieCore<Int>()
    trie.insert([Unicode.Scalar](), value: 7)
    #expect(trie.isEmpty)
    #expect(trie.value(of: [Unicode.Scalar]()) == nil)
    trie.insert(Self.scalars("旗"), value: 1)
    #expect(!trie.isEmpty)
    #expect(trie.value(of: [Unicode.Scalar]()) == nil)
  }

  @Test func reinsertingAWordReplacesItsValue() {
    var trie = Self.trie(["口岸", "口"])
    trie.insert(Self.scalars("口岸"), value: 9)
    #expect(trie.value(of: Self.scalars("口岸")) == 9)
    #expect(trie.value(of: Self.scalars("口")) == 1)
    #expect(trie.value(of: Self.scalars("岸")) == nil)
    #expect(trie.allMatches(along: ForwardTrieSteps(Self.scalars("口岸"), from: 0)).map(\.value) == [1, 9])
  }

  /// Random words over a small alphabet (so words share prefixes, and the table grows many times),
  /// including astral scalars and a BMP/astral pair with the same low bits, against a plain dictionary.
  @Test(arguments: 0..<12)
  func matchesANaiveDictionary(_ seed: Int) {
    var generator = SplitMix64(seed: UInt64(seed) &+ 4242)
    let alphabet: [Unicode.Scalar] = [
      "\u{4E00}", "\u{4E01}", "\u{5DE5}", "\u{0600}", "\u{1F600}", "\u{20000}", "A", "\u{10FFFF}", "\u{201C}",
    ]
    func randomWord(maxLength: Int) -> [Unicode.Scalar] {
      (0..<Int.random(in: 0...maxLength, using: &generator)).map { _ in
        alphabet.randomElement(using: &generator)!
      }
    }
    var trie = ScalarTrieCore<Int>()
    var reference: [[Unicode.Scalar]: Int] = [:]
    for index in 0..<Int.random(in: 0...600, using: &generator) {
      let word = randomWord(maxLength: 6)
      trie.insert(word, value: index)
      if !word.isEmpty { reference[word] = index }
    }
    #expect(trie.isEmpty == reference.isEmpty)
    for (word, value) in reference { #expect(trie.value(of: word) == value) }
    let text = randomWord(maxLength: 300)
    for start in text.indices {
      let expected = (1...6).compactMap { length -> (end: Int, value: Int)? in
        guard start + length <= text.count, let value = reference[Array(text[start..<start + length])] else {
          return nil
        }
        return (start + length, value)
      }
      let found = trie.allMatches(along: ForwardTrieSteps(text, from: start))
      #expect(found.map(\.end) == expected.map(\.end))
      #expect(found.map(\.value) == expected.map(\.value))
      let longest = trie.longestMatch(along: ForwardTrieSteps(text, from: start))
      #expect(longest?.end == expected.last?.end && longest?.value == expected.last?.value)
    }
  }
}
