import BeijiangModel
import BeijiangUI

/// The run loop: draw a frame, wait for an event, turn it into a message, update, and carry out
/// the command the update returns, whose result comes back as the next message. Generic over the
/// backend, so a whole session runs in memory in a test exactly as it runs on a terminal. While
/// articles load in the background it waits for keys only briefly, and hands what arrived to
/// `update` as a `.loadProgress` message. When a watched folder changes, `.filesChanged` asks
/// for a reload, whose result comes back as `.reloaded`.
public enum DashboardLoop {
  /// How long to wait for a key while articles arrive, so progress shows as it happens.
  static let loadingPollMilliseconds: Int32 = 50

  /// Runs until a `.quit` command (q, Ctrl-C, or the end of a memory backend's script) and returns
  /// the last state.
  @discardableResult
  public static func run<Backend: TerminalBackend>(
    _ initial: DashboardState, on backend: Backend, effects: some DashboardEffects
  ) -> DashboardState {
    var state = initial
    var frame = DashboardView.frame(state)
    // A frame is drawn only when something changed: a frame of a large corpus takes long, and
    // while articles load, drawing one after every wait would take a core from the builders.
    var changed = true
    while true {
      if let progress = effects.loadProgress() {
        state.update(.loadProgress(progress))
        changed = true
      }
      if state.loading == nil, effects.filesChanged(), state.update(.filesChanged) == .reload {
        state.update(.reloaded(effects.reload()))
        changed = true
      }
      if changed {
        frame = DashboardView.frame(state)
        backend.draw(frame.buffer)
        changed = false
      }
      let wait = state.loading == nil ? 1000 : loadingPollMilliseconds
      guard let event = backend.nextEvent(timeoutMilliseconds: wait) else { continue }
      changed = true
      var next: DashboardMessage? = DashboardMessage(event, frame: frame)
      while let message = next {
        next = nil
        switch state.update(message) {
        case .quit: return state
        // A reload waits for loading to end: it would replace what is still arriving.
        case .reload: next = state.loading == nil ? .reloaded(effects.reload()) : nil
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
