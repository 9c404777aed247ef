import BeijiangModel
import BeijiangUI

/// The run loop: draw a frame, wait for an event, turn it into a message, update, and carry out
/// the command the update returns, whose result comes back as the next message. Generic over the
/// backend, so a whole session runs in memory in a test exactly as it runs on a terminal.
public enum DashboardLoop {
  /// Runs until a `.quit` command (q, Ctrl-C, or the end of a memory backend's script) and returns
  /// the last state.
  @discardableResult
  public static func run<Backend: TerminalBackend>(
    _ initial: DashboardState, on backend: Backend, effects: some DashboardEffects
  ) -> DashboardState {
    var state = initial
    while true {
      let frame = DashboardView.frame(state)
      backend.draw(frame.buffer)
      guard let event = backend.nextEvent(timeoutMilliseconds: 1000) else { continue }
      var next: DashboardMessage? = DashboardMessage(event, frame: frame)
      while let message = next {
        next = nil
        switch state.update(message) {
        case .quit: return state
        case .reload: next = .reloaded(effects.reload())
        case .saveMarks: next = .marksSaved(state.marks.save())
        case .copy(let text): effects.copy(text)
        case .edit(let document, let line):
          next = .edited(effects.edit(state.documents, index: document, line: line))
          // The editor had the terminal meanwhile; its size may have changed.
          state.update(.resize(width: backend.width, height: backend.height))
        case nil: break
        }
      }
    }
  }
}
