import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs the `beijiang` binary with a cap on its data memory, and reports its peak resident memory.
///
/// The cap (`ulimit -d`, RLIMIT_DATA: every private writable mapping, so an upper bound on what
/// the heap can hold) makes a memory test sound: a binary that tried to hold more would fail to
/// allocate and abort instead of exiting with its own error. The peak comes from `/usr/bin/time`
/// when it is installed: the test process's own usage cannot measure a child, because a child
/// spawned from it inherits its high-water mark at exec.
/// Standard input is nothing or a generated stream of any length; output goes to files.
struct MeasuredRun {
  var status: Int32
  var stdout: String
  var stderr: String
  /// Peak resident set size of the binary, in bytes; nil when `/usr/bin/time` is not installed.
  var peakResidentBytes: Int?
  var elapsed: Duration

  /// What standard input holds.
  enum Input {
    case nothing
    /// Standard input opened on a file, as `< path` does.
    case file(String)
    /// `count` bytes of `pattern` repeated, written through a pipe until the child stops reading.
    case stream(pattern: [UInt8], count: Int)
  }

  /// The shell that applies the cap and, if it can, measures: `sh -c SCRIPT sh LIMIT RSSFILE PROGRAM ARGS...`.
  private static let script = """
    limit=$1; rss=$2; shift 2
    ulimit -d "$limit" || exit 125
    if [ -x /usr/bin/time ]; then exec /usr/bin/time -q -f %M -o "$rss" "$@"; fi
    exec "$@"
    """

  /// Runs the binary with `arguments` and at most `dataLimit` bytes of data memory.
  static func run(_ arguments: [String], dataLimit: Int, input: Input = .nothing) throws -> MeasuredRun {
    let directory = FileManager.default.temporaryDirectory.appending(path: "measured-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let outPath = directory.appending(path: "stdout").path
    let errPath = directory.appending(path: "stderr").path
    let rssPath = directory.appending(path: "rss").path
    let program = "/bin/sh"
    let shellArguments =
      ["-c", script, "sh", String(dataLimit / 1024), rssPath, BinaryRunner.binaryPath] + arguments
    var pipeEnds: [Int32] = [0, 0]
    // Close-on-exec, so children other tests spawn meanwhile do not hold the stream open (glibc's
    // pipe2 is not visible from Swift; the window before fcntl is a few instructions).
    guard pipe(&pipeEnds) == 0 else { throw POSIXError(.EIO) }
    for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
    let (readEnd, writeEnd) = (pipeEnds[0], pipeEnds[1])

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    if case .file(let path) = input {
      posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, path, O_RDONLY, 0)
    } else {
      posix_spawn_file_actions_adddup2(&actions, readEnd, STDIN_FILENO)
    }
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

    let argv = ([program] + shellArguments).map { strdup($0) } + [nil]
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
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let elapsed = clock.now - start
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    let kilobytes = (try? String(contentsOfFile: rssPath, encoding: .utf8))
      .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return MeasuredRun(
      status: exitStatus,
      stdout: (try? String(contentsOfFile: outPath, encoding: .utf8)) ?? "",
      stderr: (try? String(contentsOfFile: errPath, encoding: .utf8)) ?? "",
      peakResidentBytes: kilobytes.map { $0 * 1024 }, elapsed: elapsed)
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
