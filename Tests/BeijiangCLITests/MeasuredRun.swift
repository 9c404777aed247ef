import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the `beijiang` binary and reports its peak resident memory, which `Process` cannot: the
/// child is spawned and reaped here with `wait4`, whose resource usage is that child's alone.
/// Standard input is a file or a generated stream of any length; output goes to files.
struct MeasuredRun {
  var status: Int32
  var stdout: String
  var stderr: String
  /// Peak resident set size of the child, in bytes (`ru_maxrss`).
  var peakResidentBytes: Int
  var elapsed: Duration

  /// What standard input holds.
  enum Input {
    case nothing
    /// `count` bytes of `pattern` repeated, written through a pipe until the child stops reading.
    case stream(pattern: [UInt8], count: Int)
  }

  /// Runs `executable` (the beijiang binary unless given) with `arguments`.
  static func run(_ arguments: [String], executable: String? = nil, input: Input = .nothing) throws
    -> MeasuredRun
  {
    let program = executable ?? BinaryRunner.binaryPath
    let directory = FileManager.default.temporaryDirectory.appending(path: "measured-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let outPath = directory.appending(path: "stdout").path
    let errPath = directory.appending(path: "stderr").path
    var pipeEnds: [Int32] = [0, 0]
    guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EIO) }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    posix_spawn_file_actions_addclose(&actions, writeEnd)
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let clock = ContinuousClock()
    let start = clock.now
    var pid = pid_t()
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    close(readEnd)
    guard spawned == 0 else {
      close(writeEnd)
      throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO)
    }
    feed(input, to: writeEnd)
    close(writeEnd)

    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let elapsed = clock.now - start
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return MeasuredRun(
      status: exitStatus,
      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
      peakResidentBytes: Int(usage.ru_maxrss) * 1024, elapsed: elapsed)
  }

  /// Writes the stream until it is all written or the reader has gone (EPIPE: the binary refused
  /// the input and exited, which is the point of these tests).
  private static func feed(_ input: Input, to descriptor: Int32) {
    guard case .stream(let pattern, let count) = input else { return }
    signal(SIGPIPE, SIG_IGN)
    let block = Array(repeating: pattern, count: max(1, (1 << 16) / pattern.count)).flatMap { $0 }
    var remaining = count
    while remaining > 0 {
      let length = min(block.count, remaining)
      let written = block.withUnsafeBytes { write(descriptor, $0.baseAddress, length) }
      if written < 0 {
        if errno == EINTR { continue }
        return
      }
      remaining -= written
    }
  }
}
