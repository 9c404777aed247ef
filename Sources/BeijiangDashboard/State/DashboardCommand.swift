/// What `update` asks the program around it to do: the state itself never does I/O.
public enum DashboardCommand: Sendable, Equatable {
  case quit
  /// Read the files again and call `reloaded(_:)` with the result.
  case reload
  /// The marks changed: save `state.marks` and pass the result to `marksSaved(_:)`.
  case saveMarks
  /// Put this text on the terminal's clipboard (OSC 52). The hint bar already says so.
  case copy(String)
  /// Open document `document` in the user's editor at `line` (1-based), then call `edited(_:)`.
  case edit(document: Int, line: Int)
}
