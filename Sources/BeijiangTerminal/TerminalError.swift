/// Why the dashboard cannot start on this terminal. Each has its own exit code and a one-line message
/// that points to the commands that work without a terminal.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
  /// stdin or stdout is not a terminal (a pipe, a file, cron).
  case notATerminal
  /// TERM is unset or empty.
  case termUnset
  /// TERM names a terminal terminfo does not know.
  case termUnknown(String)
  /// TERM is known but cannot move the cursor (e.g. `dumb`).
  case termTooLimited(String)
  /// Neither the user's locale nor C.UTF-8 gives UTF-8.
  case noUTF8Locale
  /// newterm failed for another reason.
  case cannotStart

  /// Distinct exit codes so scripts can tell the cases apart (1 and 2 are left to general errors and
  /// usage errors).
  public var exitCode: Int32 {
    switch self {
    case .notATerminal: return 3
    case .termUnset, .termUnknown, .termTooLimited: return 4
    case .noUTF8Locale: return 5
    case .cannotStart: return 6
    }
  }

  public var description: String {
    let hint = "use `beijiang summary` or `beijiang export` instead"
    switch self {
    case .notATerminal:
      return "beijiang: the dashboard needs a terminal (stdin and stdout are not a TTY); \(hint)"
    case .termUnset: return "beijiang: TERM is not set, so the terminal type is unknown; \(hint)"
    case .termUnknown(let term): return "beijiang: unknown terminal type TERM=\(term); \(hint)"
    case .termTooLimited(let term):
      return "beijiang: terminal TERM=\(term) cannot position the cursor; \(hint)"
    case .noUTF8Locale: return "beijiang: no UTF-8 locale available (install C.UTF-8); \(hint)"
    case .cannotStart: return "beijiang: could not initialise the terminal; \(hint)"
    }
  }
}
