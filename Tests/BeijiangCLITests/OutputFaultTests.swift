import Foundation
import Testing

@Suite struct OutputFaultTests {
  /// `beijiang export | head -c 100`: the reader leaves early; beijiang must end quietly with 0.
  @Test func exportToAClosedPipeExitsQuietly() throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    // Export the seed several times over so the output outlasts the pipe buffer.
    let seed = BinaryRunner.repositoryRoot.appending(path: "seeds/000_dcb31c8fa19abac6.txt").path
    let files = Array(repeating: "'\(seed)'", count: 20).joined(separator: " ")
    process.arguments = [
      "-c",
      "'\(BinaryRunner.binaryPath)' export \(files) 2>\"$TMPDIR/err\" | head -c 100 >/dev/null; "
        + "echo \"${PIPESTATUS[0]}\"; cat \"$TMPDIR/err\"",
    ]
    let directory = FileManager.default.temporaryDirectory.appending(path: "pipe-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    process.environment = ["TMPDIR": directory.path, "PATH": "/usr/bin:/bin"]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(output == "0\n")
  }
}
