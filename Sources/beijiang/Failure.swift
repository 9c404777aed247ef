#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Ends the program with one line on standard error and a distinct exit code.
enum Failure {
  static func exit(message: String, code: Int32) -> Never {
    Diagnostics.note(message)
    exit(code: code)
  }

  /// Ends the program with `code`, its reason already said.
  static func exit(code: Int32) -> Never {
    #if canImport(Glibc)
      Glibc.exit(code)
    #else
      Darwin.exit(code)
    #endif
  }
}
