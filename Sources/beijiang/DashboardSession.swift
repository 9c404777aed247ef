import BeijiangDashboard
import BeijiangModel
import BeijiangTerminal
import BeijiangUI
import Foundation

/// The terminal loop the dashboard and `present` share: open the terminal, read the marks, then
/// draw, wait for an event, update, and carry out what the update asks (reload, save marks, quit).
enum DashboardSession {
  static func run(input: InputOptions, display: DisplayOptions, presenting: Bool) {
    let environment = ProcessInfo.processInfo.environment
    let documents = input.articles().documents
    let standardInput = documents.first { $0.source.name == InputReader.Input.standardInput.displayName }?
      .source
    var settings = display.settings(environment)
    var options = Terminal.Options()
    options.stderrLogPath =
      FileManager.default.temporaryDirectory.appending(path: "beijiang-\(getpid()).log").path
    let terminal: Terminal
    do {
      terminal = try Terminal(options: options)
    } catch {
      Failure.exit(message: String(error.description.dropFirst("beijiang: ".count)), code: error.exitCode)
    }
    let noColor = display.noColor || environment["NO_COLOR"].map({ !$0.isEmpty }) == true
    settings.depth = noColor ? .none : terminal.colorDepth
    var state = DashboardState(
      documents: documents, width: terminal.width, height: terminal.height, settings: settings)
    let opened = MarksStore.open(environment: environment)
    // With no home at all there is nothing to report each start: marks simply stay in memory.
    state.attachMarks(opened.store, problems: opened.problems.filter { $0.kind != .noStateDirectory })
    if presenting { state.startPresentation(at: 0, only: true) }
    loop: while true {
      terminal.draw(DashboardView.render(state))
      guard let event = terminal.nextEvent(timeoutMilliseconds: 1000) else { continue }
      switch state.update(event) {
      case .quit: break loop
      case .reload:
        state.reloaded(
          input.reloadDocuments(standardInput: standardInput).mapError { ReloadError(message: $0.message) })
      case .saveMarks: state.marksSaved(state.marks.save())
      case .copy(let text): terminal.copyToClipboard(text)
      case .edit(let document, let line):
        let outcome = EditorLauncher.edit(
          state.documents, index: document, line: line, namedFiles: !input.files.isEmpty,
          environment: environment
        ) { run in terminal.suspend(logPath: options.stderrLogPath, run) }
        if case .edited = outcome {
          state.reloaded(
            input.reloadDocuments(standardInput: standardInput).mapError { ReloadError(message: $0.message) })
        }
        state.edited(outcome)
        state.width = terminal.width
        state.height = terminal.height
      case nil: break
      }
    }
    terminal.restore()
  }
}
