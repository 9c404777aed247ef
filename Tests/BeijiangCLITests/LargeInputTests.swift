import BeijiangModel
import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// 200 MB of text is refused with exit code 70 and the limit in the message, without reading it
/// into memory: a regular file by its size before any read, a stream after one byte past the limit.
@Suite struct LargeInputTests {
  static let limit = TextDecoder.maximumBytes
  static let twoHundredMegabytes = 200 * 1024 * 1024
  /// Well below the 200 MB input, and below the limit plus the binary's own footprint for a file
  /// that is never read.
  static let memoryCeiling = 100 * 1024 * 1024

  /// A sparse file: 200 MB by its size, no disk blocks, made in a moment.
  func sparseFile(bytes: Int) throws -> String {
    let path = try BinaryRunner.temporaryFile(Array("口岸通关。".utf8), name: "huge.txt")
    #expect(truncate(path, off_t(bytes)) == 0)
    return path
  }

  func report(_ label: String, _ run: MeasuredRun) {
    print("[timing] \(label): \(run.elapsed), peak RSS \(run.peakResidentBytes / 1024 / 1024) MB")
  }

  @Test func aTwoHundredMegabyteFileIsRefusedByItsSize() throws {
    let path = try sparseFile(bytes: Self.twoHundredMegabytes)
    let run = try MeasuredRun.run(["export", path])
    report("200 MB sparse file", run)
    #expect(run.status == 70)
    #expect(
      run.stderr
        == "beijiang: \(path): \(Self.twoHundredMegabytes) bytes is more than the \(Self.limit)-byte limit for one article\n"
    )
    #expect(run.stdout.isEmpty)
    #expect(run.peakResidentBytes < 64 * 1024 * 1024, "read a file it should have refused by its size")
  }

  /// Standard input redirected from a file is a file: refused by its size too.
  @Test func aTwoHundredMegabyteFileOnStandardInputIsRefusedByItsSize() throws {
    let path = try sparseFile(bytes: Self.twoHundredMegabytes)
    // sh replaces itself with beijiang (exec), so the measured process is beijiang itself.
    let run = try MeasuredRun.run(
      ["-c", "exec \"$0\" export - < \"$1\"", BinaryRunner.binaryPath, path], executable: "/bin/sh")
    #expect(run.status == 70)
    #expect(
      run.stderr
        == "beijiang: -: \(Self.twoHundredMegabytes) bytes is more than the \(Self.limit)-byte limit for one article\n"
    )
  }

  @Test func aTwoHundredMegabyteStreamIsRefusedPastTheLimit() throws {
    let run = try MeasuredRun.run(
      ["export", "-"],
      input: .stream(pattern: Array("内蒙古推进六大工程建设。\n\n".utf8), count: Self.twoHundredMegabytes))
    report("200 MB stream on stdin", run)
    #expect(run.status == 70)
    #expect(
      run.stderr
        == "beijiang: -: more than the \(Self.limit)-byte limit for one article (stopped reading there)\n")
    #expect(run.stdout.isEmpty)
    #expect(run.peakResidentBytes < Self.memoryCeiling)
  }

  /// One byte past the limit on a file is refused; the message gives the file's exact size.
  @Test func aFileOneBytePastTheLimitIsRefused() throws {
    let path = try sparseFile(bytes: Self.limit + 1)
    let run = try MeasuredRun.run(["export", path])
    #expect(run.status == 70)
    #expect(run.stderr.contains("\(Self.limit + 1) bytes is more than the \(Self.limit)-byte limit"))
  }
}
