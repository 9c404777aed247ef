import BeijiangUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What standard output is connected to, for commands that print for people.
enum StandardOutput {
  static var isTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

  /// The terminal's width in columns (TIOCGWINSZ), or nil when standard output is not a terminal
  /// or the terminal does not say.
  static var terminalColumns: Int? {
    guard isTerminal else { return nil }
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// Colour only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org).
  static func usesColour(environment: [String: String]) -> Bool {
    isTerminal && !ColorDepth.noColorRequested(environment)
  }
}
