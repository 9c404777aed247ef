import Foundation

#if canImport(Glibc)
  import Glibc
  private let systemWrite = Glibc.write
#elseif canImport(Darwin)
  import Darwin
  private let systemWrite = Darwin.write
#endif

/// Writes to standard output. A reader that goes away (`beijiang export | head`) ends the program
/// quietly with status 0 instead of a SIGPIPE trace.
enum Output {
  static func write<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
    signal(SIGPIPE, SIG_IGN)
    let buffer = Array(bytes)
    var written = 0
    while written < buffer.count {
      let count = buffer[written...].withUnsafeBytes { systemWrite(STDOUT_FILENO, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count <= 0 {
        if errno == EPIPE { exit(0) }
        Failure.exit(message: "cannot write output: \(String(cString: strerror(errno)))", code: 74)
      }
      written += count
    }
  }

  static func write(_ text: String) {
    write(Array(text.utf8))
  }

  /// Ends the program with `status` once everything is written (`write` leaves nothing buffered).
  ///
  /// `extract` and `export` end with this while their model is still alive, so it is never taken
  /// apart object by object, work the system does at once, for free, when the process ends
  /// (measured in docs/performance.md, "Fast paths").
  static func finish(status: Int32 = 0) -> Never {
    exit(status)
  }
}
