import BeijiangModel
import BeijiangUI

/// Everything that reaches `update`: what the person does, and the results of what an earlier
/// update asked the program to do. One type, so every change of state goes through one function.
public enum DashboardMessage: Sendable {
  case key(Key)
  case resize(width: Int, height: Int)
  /// Ctrl-C or the end of input: quit.
  case interrupt
  /// A click or a wheel step, with what the frame on screen showed under the pointer.
  case pointer(MouseEvent, DashboardHit?)
  /// The result of a `.reload` command: new documents, or the error that kept the old ones.
  case reloaded(Result<[Document], ReloadError>)
  /// The result of a `.saveMarks` command.
  case marksSaved(Result<Void, MarksProblem>)
  /// The result of an `.edit` command.
  case edited(EditOutcome)
  /// Articles the background loader built since the last such message, and how far it is.
  case loadProgress(LoadProgress)
  /// A file under a watched folder was added, changed or removed: read again what changed.
  case filesChanged

  /// The message for a terminal event; a mouse event is resolved through `frame`'s hit map.
  public init(_ event: InputEvent, frame: DashboardFrame) {
    switch event {
    case .key(let key): self = .key(key)
    case .resize(let width, let height): self = .resize(width: width, height: height)
    case .interrupt: self = .interrupt
    case .mouse(let mouse): self = .pointer(mouse, frame.hits.target(at: mouse.x, mouse.y))
    }
  }
}
