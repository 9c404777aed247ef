import BeijiangDashboard
import BeijiangModel
import BeijiangTerminal
import BeijiangUI
import Foundation

/// Opens the terminal for the dashboard and `present`, reads the marks, and hands both to the
/// dashboard's run loop with the effects only a real terminal and file system can carry out.
enum DashboardSession {
  static func run(input: InputOptions, display: DisplayOptions, presenting: Bool) {
    let environment = ProcessInfo.processInfo.environment
    let start = DashboardStart(input)
    let documents = start.documents
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
    settings.depth =
      display.noColor || ColorDepth.noColorRequested(environment) ? .none : terminal.colorDepth
    var state = DashboardState(
      documents: documents, width: terminal.width, height: terminal.height, settings: settings)
    let opened = MarksStore.open(environment: environment)
    // With no home at all there is nothing to report each start: marks simply stay in memory.
    state.attachMarks(opened.store, problems: opened.problems.filter { $0.kind != .noStateDirectory })
    if presenting { state.startPresentation(at: 0, only: true) }
    if let loader = start.loader {
      state.update(.loadProgress(LoadProgress(documents: [], read: 0, total: loader.total, finished: false)))
      loader.start()
    }
    let watcher = FolderWatcher.forFolders(in: input.files)
    watcher?.start()
    let effects = TerminalEffects(
      terminal: terminal, input: input, environment: environment, logPath: options.stderrLogPath,
      standardInput: documents.first { $0.source.name == InputReader.Input.standardInput.displayName }?
        .source, cache: start.cache, loader: start.loader, watcher: watcher)
    DashboardLoop.run(state, on: terminal, effects: effects)
    watcher?.stop()
    terminal.restore()
    // Files skipped while the terminal was in use are reported once it is given back.
    for error in start.loader?.allErrors ?? [] { Diagnostics.note(error.message) }
  }
}

/// Reload, clipboard and editor on the real terminal and files.
struct TerminalEffects: DashboardEffects {
  let terminal: Terminal
  let input: InputOptions
  let environment: [String: String]
  let logPath: String?
  let standardInput: SourceText?
  let cache: DocumentCache
  let loader: BackgroundLoader?
  let watcher: FolderWatcher?

  /// Reads again only the files that are new or changed since they were built.
  func reload() -> Result<[Document], ReloadError> {
    let reload = cache.reload(
      InputReader.inputs(for: input.files), pipeline: .dashboard(referenceDate: input.referenceDate),
      reusing: standardInput)
    if reload.documents.isEmpty, let error = reload.errors.first {
      return .failure(ReloadError(message: error.message))
    }
    return .success(reload.documents)
  }

  func loadProgress() -> LoadProgress? { loader?.take(notSoonerThan: .milliseconds(500)) }

  func filesChanged() -> Bool { watcher?.takeChange() ?? false }

  func copy(_ text: String) { terminal.copyToClipboard(text) }

  func edit(_ documents: [Document], index: Int, line: Int) -> EditOutcome {
    EditorLauncher.edit(
      documents, index: index, line: line, namedFiles: !input.files.isEmpty, environment: environment
    ) { run in terminal.suspend(logPath: logPath, run) }
  }
}
