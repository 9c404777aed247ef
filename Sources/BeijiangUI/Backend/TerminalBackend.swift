/// What a run loop needs from a terminal: its size, a way to show a frame, and the next event.
/// `BeijiangTerminal.Terminal` is the real one; `MemoryTerminal` replays a script for tests.
public protocol TerminalBackend: AnyObject {
  var width: Int { get }
  var height: Int { get }
  /// Shows `buffer` (sending only what changed since the last frame).
  func draw(_ buffer: Buffer)
  /// The next event, or nil when nothing happened within the timeout.
  func nextEvent(timeoutMilliseconds: Int32) -> InputEvent?
}

/// A terminal in memory: it records every frame drawn and hands out scripted events, so a whole
/// session (keys, clicks, resizes) can be replayed in a test and the screen read back as text.
public final class MemoryTerminal: TerminalBackend {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var frames: [Buffer] = []
  private var script: [InputEvent]

  /// `events` are returned in order; a `.resize` also changes this terminal's size. When the script
  /// runs out, `.interrupt` is returned so a run loop ends.
  public init(width: Int, height: Int, events: [InputEvent] = []) {
    self.width = width
    self.height = height
    script = events.reversed()
  }

  public var lastFrame: Buffer? { frames.last }

  public func draw(_ buffer: Buffer) { frames.append(buffer) }

  public func nextEvent(timeoutMilliseconds: Int32) -> InputEvent? {
    guard let event = script.popLast() else { return .interrupt }
    if case .resize(let newWidth, let newHeight) = event {
      width = newWidth
      height = newHeight
    }
    return event
  }
}
