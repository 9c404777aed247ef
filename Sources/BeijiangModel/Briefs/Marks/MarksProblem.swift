/// Something the marks store could not do, as one line a dashboard can show in its status bar. None
/// of them stops the program: marks still work in memory, they are just not saved.
public struct MarksProblem: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: String, Sendable, Equatable {
    /// No usable XDG_STATE_HOME or HOME.
    case noStateDirectory
    /// The marks file exists but cannot be read; saving is off so it is not overwritten blindly.
    case unreadable
    /// The marks file did not parse; it was moved aside and the store started clean.
    case damagedMovedAside
    /// The marks file did not parse and could not be moved aside; saving is off to keep it.
    case damagedKeptInPlace
    /// The marks file was written by a newer beijiang; read nothing, save nothing.
    case newerFormat
    /// Saving failed; the previous marks file, if any, is unchanged.
    case cannotSave
  }

  public let kind: Kind
  /// One line, no line breaks, naming the file and what happens next.
  public let message: String

  public init(_ kind: Kind, _ message: String) {
    self.kind = kind
    self.message = String(message.map { $0.isNewline ? " " : $0 })
  }

  public var description: String { message }
}
