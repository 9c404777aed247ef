/// What `update` asks the program around it to do: the state itself never does I/O.
public enum DashboardCommand: Sendable, Equatable {
  case quit
  /// Read the files again and send the result back as `.reloaded`.
  case reload
  /// The marks changed: save `state.marks` and send the result back as `.marksSaved`.
  case saveMarks
  /// Put this text on the terminal's clipboard (OSC 52). The hint bar already says so.
  case copy(String)
  /// Open document `document` in the user's editor at `line` (1-based), then send `.edited`.
  case edit(document: Int, line: Int)
}
