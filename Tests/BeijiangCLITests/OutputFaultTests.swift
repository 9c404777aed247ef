import Foundation
import Testing

@Suite struct OutputFaultTests {
  /// `beijiang export | head -c 100`: the reader leaves early; beijiang must end quietly with 0.
  @Test func exportToAClosedPipeExitsQuietly() throws {
    // Export the seed several times over so the output outlasts the pipe buffer.
    let seed = BinaryRunner.repositoryRoot.appending(path: "seeds/000_dcb31c8fa19abac6.txt").path
    #expect(
      try BinaryRunner.statusWhenReaderLeavesEarly(["export"] + Array(repeating: seed, count: 20)) == "0\n")
  }
}
