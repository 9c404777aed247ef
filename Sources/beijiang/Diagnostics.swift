#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One-line notes on standard error that do not end the program (a damaged marks file, say).
enum Diagnostics {
  static func note(_ message: String) {
    let line = "beijiang: \(message)\n"
    _ = Array(line.utf8).withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
  }
}
