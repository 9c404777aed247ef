import Testing

@testable import BeijiangModel

@Suite struct PairSetTests {
  @Test(arguments: [0, 1, 7, 100, 5000])
  func holdsWhatASetHolds(size: Int) {
    var generator = SystemRandomNumberGenerator()
    // Pairs of CJK-range values, with repeats, as a paragraph's letter pairs are.
    let pairs = (0..<size).map { _ in
      UInt64(UInt32.random(in: 0x4E00...0x4E40, using: &generator)) << 32
        | UInt64(UInt32.random(in: 0x4E00...0x4E40, using: &generator))
    }
    var set = PairSet(expected: size)
    for pair in pairs { set.insert(pair) }
    let reference = Set(pairs)
    #expect(set.count == reference.count)
    #expect(set.isEmpty == reference.isEmpty)
    for pair in pairs { #expect(set.contains(pair)) }
    let probes = (0..<1000).map { _ in UInt64.random(in: 0...UInt64(0x10FFFF) << 32, using: &generator) }
    for probe in probes { #expect(set.contains(probe) == reference.contains(probe)) }
  }

  @Test func aSetSizedTooSmallGrowsToHoldEverything() {
    var set = PairSet(expected: 1)
    for value in 0..<1000 { set.insert(UInt64(value)) }
    #expect(set.count == 1000)
    #expect((0..<1000).allSatisfy { set.contains(UInt64($0)) })
    #expect(!set.contains(1000))
  }
}
