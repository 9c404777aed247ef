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
  /// Data memory for a binary that must not read its input: the seed's whole export fits in 16 MiB.
  static let unreadDataLimit = 24 * 1024 * 1024
  /// Data memory for a binary that reads a stream up to the limit: the limit and room to spare,
  /// far below the 200 MB offered (the code before this test needed over 100 MiB here).
  static let streamDataLimit = Self.limit + 32 * 1024 * 1024

  /// A sparse file: 200 MB by its size, no disk blocks, made in a moment.
  func sparseFile(bytes: Int) throws -> String {
    let path = try BinaryRunner.temporaryFile(Array("口岸通关。".utf8), name: "huge.txt")
    #expect(truncate(path, off_t(bytes)) == 0)
    return path
  }

  func report(_ label: String, _ run: MeasuredRun) {
    let peak = run.peakResidentBytes.map { "\($0 / 1024 / 1024) MB" } ?? "not measured (no /usr/bin/time)"
    print("[timing] \(label): \(run.elapsed), peak RSS \(peak)")
  }

  func tooLargeMessage(_ source: String, bytes: Int) -> String {
    "beijiang: \(source): \(bytes) bytes is more than the \(Self.limit)-byte limit for one article\n"
  }

  @Test func aTwoHundredMegabyteFileIsRefusedByItsSize() throws {
    let path = try sparseFile(bytes: Self.twoHundredMegabytes)
    let run = try MeasuredRun.run(["export", path], dataLimit: Self.unreadDataLimit)
    report("200 MB sparse file", run)
    #expect(run.status == 70)
    #expect(run.stderr == tooLargeMessage(path, bytes: Self.twoHundredMegabytes))
    #expect(run.stdout.isEmpty)
  }

  /// Standard input redirected from a file is a file: refused by its size too.
  @Test func aTwoHundredMegabyteFileOnStandardInputIsRefusedByItsSize() throws {
    let path = try sparseFile(bytes: Self.twoHundredMegabytes)
    let run = try MeasuredRun.run(["export", "-"], dataLimit: Self.unreadDataLimit, input: .file(path))
    report("200 MB sparse file on stdin", run)
    #expect(run.status == 70)
    #expect(run.stderr == tooLargeMessage("-", bytes: Self.twoHundredMegabytes))
  }

  @Test func aTwoHundredMegabyteStreamIsRefusedPastTheLimit() throws {
    let run = try MeasuredRun.run(
      ["export", "-"], dataLimit: Self.streamDataLimit,
      input: .stream(pattern: Array("内蒙古推进六大工程建设。\n\n".utf8), count: Self.twoHundredMegabytes))
    report("200 MB stream on stdin", run)
    #expect(run.status == 70)
    #expect(
      run.stderr
        == "beijiang: -: more than the \(Self.limit)-byte limit for one article (stopped reading there)\n")
    #expect(run.stdout.isEmpty)
    if let peak = run.peakResidentBytes { #expect(peak < Self.streamDataLimit + 16 * 1024 * 1024) }
  }

  /// One byte past the limit on a file is refused; the message gives the file's exact size.
  @Test func aFileOneBytePastTheLimitIsRefused() throws {
    let path = try sparseFile(bytes: Self.limit + 1)
    let run = try MeasuredRun.run(["export", path], dataLimit: Self.unreadDataLimit)
    #expect(run.status == 70)
    #expect(run.stderr == tooLargeMessage(path, bytes: Self.limit + 1))
  }

  /// The cap is real: under it, a binary that has to hold an article's export still works, and
  /// one that needs more fails (so the tests above would catch a binary that read 200 MB).
  @Test func theDataCapLetsAnArticleThroughAndStopsMore() throws {
    let seed = BinaryRunner.repositoryRoot.appending(path: "seeds/000_dcb31c8fa19abac6.txt").path
    #expect(try MeasuredRun.run(["export", seed], dataLimit: Self.unreadDataLimit).status == 0)
    let huge = try MeasuredRun.run(
      ["export", "-"], dataLimit: Self.unreadDataLimit,
      input: .stream(pattern: Array("内蒙古推进六大工程建设。\n\n".utf8), count: Self.twoHundredMegabytes))
    #expect(huge.status != 0 && huge.status != 70)
  }
}
