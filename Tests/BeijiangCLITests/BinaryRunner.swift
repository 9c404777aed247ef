import Foundation

/// Runs the built `beijiang` binary, as a user or a script would, and captures what it prints.
struct BinaryRunner {
  struct Result {
    var status: Int32
    var stdout: Data
    var stderr: String
    var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
  }

  /// The binary sits beside the test bundle in the build products directory.
  static var binaryPath: String {
    let testBinary =
      (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
      ?? CommandLine.arguments[0]
    return URL(fileURLWithPath: testBinary).deletingLastPathComponent().appending(path: "beijiang").path
  }

  static let repositoryRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static func run(
    _ arguments: [String], stdin: Data? = nil, environment: [String: String]? = nil,
    directory: String? = nil, executable: String? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable ?? binaryPath)
    process.arguments = arguments
    if let environment { process.environment = environment }
    if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
    let output = Pipe()
    let errors = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    let outData = output.fileHandleForReading.readDataToEndOfFile()
    let errData = errors.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: outData, stderr: String(decoding: errData, as: UTF8.self))
  }

  /// Runs `beijiang ARGUMENTS | head -c 100` through bash and returns beijiang's own exit status
  /// followed by whatever it wrote to standard error: "0\n" when it ended quietly.
  static func statusWhenReaderLeavesEarly(_ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    let quoted = arguments.map { "'\($0)'" }.joined(separator: " ")
    process.arguments = [
      "-c",
      "'\(binaryPath)' \(quoted) 2>\"$TMPDIR/err\" | head -c 100 >/dev/null; "
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
    return output
  }

  /// A copy of the binary that any user can run, in a fresh folder under /tmp (not TMPDIR, which
  /// may be private), for tests that run it as another user.
  static func worldReadableCopy() throws -> String {
    let directory = "/tmp/beijiang-binary-\(UUID().uuidString)"
    try FileManager.default.createDirectory(
      atPath: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o755])
    let copy = directory + "/beijiang"
    try copyBinary(to: copy)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: copy)
    return copy
  }

  /// Copies the binary with `cp` in a child process: a copy written by this process holds a write
  /// descriptor that a process forked meanwhile by a parallel test inherits, and executing the copy
  /// then fails with "Text file busy" (ETXTBSY).
  static func copyBinary(to destination: String) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/cp")
    process.arguments = [binaryPath, destination]
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
    }
  }

  static func temporaryFile(_ bytes: [UInt8], name: String = "article.txt") throws -> String {
    let directory = FileManager.default.temporaryDirectory.appending(
      path: "beijiang-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let path = directory.appending(path: name).path
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    return path
  }
}
