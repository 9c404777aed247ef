import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// Files that are not plain readable articles each get one line and exit code 66.
@Suite struct FileFaultTests {
  func temporaryDirectory() throws -> String {
    let path = FileManager.default.temporaryDirectory.appending(path: "faults-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }

  func expectRefused(_ path: String, reason: String) throws {
    let result = try BinaryRunner.run(["export", path])
    #expect(result.status == 66)
    #expect(result.stderr == "beijiang: \(path): cannot read: \(reason)\n")
    #expect(result.stdout.isEmpty)
  }

  @Test func aSymlinkLoop() throws {
    let directory = try temporaryDirectory()
    let a = "\(directory)/a"
    let b = "\(directory)/b"
    try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
    try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
    try expectRefused(a, reason: "too many levels of symbolic links")
  }

  @Test func aPathThatIsTooLong() throws {
    let path = "/tmp/" + String(repeating: "长", count: 2000) + ".txt"
    try expectRefused(path, reason: "file name too long")
  }

  @Test func aDevice() throws {
    try expectRefused("/dev/zero", reason: "is a device, not a text file")
  }

  @Test func aNamedPipeWithNoWriter() throws {
    let path = try temporaryDirectory() + "/fifo"
    #expect(mkfifo(path, 0o600) == 0)
    try expectRefused(path, reason: "is a named pipe with nothing written to it")
  }

  @Test func aNamedPipeWithAWriterIsRead() throws {
    let path = try temporaryDirectory() + "/fifo"
    #expect(mkfifo(path, 0o600) == 0)
    let writer = Process()
    writer.executableURL = URL(fileURLWithPath: "/bin/sh")
    writer.arguments = ["-c", "printf '# 标题\\n\\n口岸。\\n' > '\(path)'"]
    try writer.run()
    Thread.sleep(forTimeInterval: 0.2)
    let result = try BinaryRunner.run(["export", path])
    writer.waitUntilExit()
    #expect(result.status == 0)
    #expect(result.stdoutText.contains("口岸。"))
  }

  /// Root reads any file whatever its mode, so as root the binary runs as `nobody` (runuser). The
  /// checkout may sit in a folder `nobody` cannot enter (a private home, a `mktemp -d` folder), so
  /// `nobody` runs a copy of the binary from a world-readable folder under /tmp.
  @Test func anUnreadableFile() throws {
    let path = try BinaryRunner.temporaryFile(Array("口岸。".utf8))
    chmod(path, 0)
    let result: BinaryRunner.Result
    if getuid() == 0 {
      try #require(FileManager.default.isExecutableFile(atPath: "/usr/sbin/runuser"))
      result = try BinaryRunner.run(
        ["-u", "nobody", "--", try BinaryRunner.worldReadableCopy(), "export", path],
        executable: "/usr/sbin/runuser")
    } else {
      result = try BinaryRunner.run(["export", path])
    }
    #expect(result.status == 66)
    #expect(result.stderr == "beijiang: \(path): cannot read: permission denied\n")
  }
}
