/// Everything the application reacts to, as one value stream: keys, mouse, resizes and requests to
/// stop. The app state has one `update(event)` that takes these.
public enum InputEvent: Sendable, Hashable {
  case key(Key)
  case mouse(MouseEvent)
  /// The terminal is now `width` x `height` cells.
  case resize(width: Int, height: Int)
  /// SIGINT, SIGTERM or SIGHUP arrived: save nothing slow, restore the terminal and exit.
  case interrupt
}

/// A mouse click or wheel step at a cell.
public struct MouseEvent: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case click
    case wheelUp
    case wheelDown
  }

  public var kind: Kind
  public var x: Int
  public var y: Int

  public init(_ kind: Kind, x: Int, y: Int) {
    self.kind = kind
    self.x = x
    self.y = y
  }
}
