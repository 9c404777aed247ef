import Foundation
import Testing

/// Every input in the committed fuzz corpus (the seed, fixtures, edge cases and every crash the
/// fuzzer ever found) goes through the fuzz harness, which checks the model's invariants.
@Suite struct FuzzCorpusTests {
  @Test func theCommittedCorpusReplaysCleanly() throws {
    let harness = URL(fileURLWithPath: BinaryRunner.binaryPath).deletingLastPathComponent()
      .appending(path: "beijiang-fuzz").path
    let corpus = BinaryRunner.repositoryRoot.appending(path: "Tests/FuzzCorpus").path
    let process = Process()
    process.executableURL = URL(fileURLWithPath: harness)
    process.arguments = [corpus]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let count = try FileManager.default.contentsOfDirectory(atPath: corpus).count
    #expect(output.contains("replayed \(count) inputs"))
  }
}
