import BeijiangDashboard
import BeijiangModel
import BeijiangTestSupport
import BeijiangUI
import Foundation
import Testing

/// Effects that record what the loop asked for, with canned answers.
final class RecordingEffects: DashboardEffects {
  var reloads = 0
  var copied: [String] = []
  var edits: [(index: Int, line: Int)] = []
  var reloadResult: Result<[Document], ReloadError> = .success([DashboardFixture.seed])
  var editOutcome: EditOutcome = .noEditor

  func reload() -> Result<[Document], ReloadError> {
    reloads += 1
    return reloadResult
  }
  func copy(_ text: String) { copied.append(text) }
  func edit(_ documents: [Document], index: Int, line: Int) -> EditOutcome {
    edits.append((index, line))
    return editOutcome
  }
}

/// Whole sessions in memory: the run loop the binary uses, on a scripted terminal.
@Suite("Dashboard sessions in memory")
struct SessionTests {
  private func keys(_ names: String) -> [InputEvent] {
    names.split(separator: " ").map { .key(Key(name: String($0))!) }
  }

  private func run(_ events: [InputEvent], width: Int = 80, height: Int = 24, effects: RecordingEffects)
    -> (DashboardState, MemoryTerminal)
  {
    let terminal = MemoryTerminal(width: width, height: height, events: events)
    let state = DashboardLoop.run(
      DashboardFixture.state(width: width, height: height, language: .en), on: terminal, effects: effects)
    return (state, terminal)
  }

  @Test func keysInFramesOutAndQEndsTheSession() {
    let effects = RecordingEffects()
    let (state, terminal) = run(keys("5 j j q j"), effects: effects)
    #expect(state.pane == 4)
    #expect(state.selection(4, .metrics) == 2)
    // One frame before each key; the key after q is never read.
    #expect(terminal.frames.count == 4)
    let last = ScreenText.of(terminal.lastFrame!)
    #expect(last.contains("Warmth") || last.contains("温暖"))
  }

  @Test func aResizeRedrawsAtTheNewSize() {
    let (state, terminal) = run(
      [.resize(width: 120, height: 36), .key(.character("q"))], effects: RecordingEffects())
    #expect(state.width == 120 && state.height == 36)
    #expect(terminal.lastFrame?.width == 120 && terminal.lastFrame?.height == 36)
  }

  @Test func reloadAsksTheEffectsAndReportsTheResult() {
    let effects = RecordingEffects()
    effects.reloadResult = .success([DashboardFixture.seed, DashboardFixture.seed])
    let (state, terminal) = run(keys("r"), effects: effects)
    #expect(effects.reloads == 1)
    #expect(state.documents.count == 2)
    #expect(ScreenText.of(terminal.lastFrame!).contains("reloaded 2 files"))
  }

  @Test func aFailedReloadKeepsTheDocumentsAndSaysWhy() {
    let effects = RecordingEffects()
    effects.reloadResult = .failure(ReloadError(message: "a.txt: cannot read"))
    let (state, terminal) = run(keys("r"), effects: effects)
    #expect(state.documents.count == 1)
    #expect(ScreenText.of(terminal.lastFrame!).contains("a.txt: cannot read"))
  }

  @Test func copyGoesToTheClipboardEffect() {
    let effects = RecordingEffects()
    _ = run(keys("5 y"), effects: effects)
    #expect(effects.copied.count == 1)
    #expect(effects.copied.first?.contains("9,100") == true || effects.copied.first?.contains("9100") == true)
  }

  @Test func anEditedFileIsReloaded() {
    let effects = RecordingEffects()
    effects.editOutcome = .edited(path: "/tmp/article.txt")
    let (_, terminal) = run(keys("5 e"), effects: effects)
    #expect(effects.edits.count == 1)
    #expect(effects.reloads == 1)
    #expect(ScreenText.of(terminal.lastFrame!).contains("edited /tmp/article.txt"))
  }

  @Test func aClickIsResolvedAgainstTheFrameOnScreen() {
    let effects = RecordingEffects()
    let first = DashboardView.render(DashboardFixture.state(language: .en)).row(0)
    let column = DisplayWidth.of(first.components(separatedBy: "3 ")[0]) + 1
    let (state, _) = run([.mouse(MouseEvent(.click, x: column, y: 0))], effects: effects)
    #expect(state.pane == 2)
  }

  @Test func marksAreSavedWhereTheEnvironmentSays() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "beijiang-session-\(UUID())")
    defer { try? FileManager.default.removeItem(at: folder) }
    let opened = MarksStore.open(environment: ["XDG_STATE_HOME": folder.path])
    var initial = DashboardFixture.state(language: .en)
    initial.attachMarks(opened.store, problems: opened.problems)
    let terminal = MemoryTerminal(width: 80, height: 24, events: keys("5 m"))
    let state = DashboardLoop.run(initial, on: terminal, effects: RecordingEffects())
    #expect(state.marks.marks(in: state.documentHashes[0]).count == 1)
    let reopened = MarksStore.open(environment: ["XDG_STATE_HOME": folder.path])
    #expect(reopened.store.marks(in: state.documentHashes[0]).count == 1)
  }
}
