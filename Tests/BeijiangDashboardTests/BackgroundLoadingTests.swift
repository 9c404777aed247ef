import BeijiangDashboard
import BeijiangModel
import BeijiangTestSupport
import BeijiangUI
import Foundation
import Testing

/// Effects whose loader hands over scripted progress, one step each time the loop asks.
final class LoadingEffects: DashboardEffects {
  var steps: [LoadProgress]
  init(_ steps: [LoadProgress]) { self.steps = steps }
  func reload() -> Result<[Document], ReloadError> { .success([]) }
  func copy(_ text: String) {}
  func edit(_ documents: [Document], index: Int, line: Int) -> EditOutcome { .noEditor }
  func loadProgress() -> LoadProgress? { steps.isEmpty ? nil : steps.removeFirst() }
}

/// Articles arriving while the dashboard runs: each batch goes through `update` as one
/// `.loadProgress`, the header counts them, and keys work meanwhile.
@Suite struct BackgroundLoadingTests {
  static let others = CorpusDashboardTests.corpus

  @Test func articlesArriveThroughUpdateAndTheHeaderCountsThem() {
    var state = DashboardFixture.state(documents: [Self.others[0]])
    state.update(.loadProgress(LoadProgress(documents: [], read: 0, total: 3, finished: false)))
    #expect(DashboardFixture.screen(state).contains("载入 0/3"))
    state.update(.loadProgress(LoadProgress(documents: [Self.others[1]], read: 1, total: 3, finished: false)))
    #expect(state.documents.count == 2)
    #expect(DashboardFixture.screen(state).contains("载入 1/3"))
    state.update(
      .loadProgress(
        LoadProgress(
          documents: Array(Self.others[2...3]), read: 3, total: 3, skipped: [], finished: true)))
    #expect(state.loading == nil)
    #expect(state.documents.count == 4)
    #expect(DashboardFixture.screen(state).contains("已载入 4 篇"))
  }

  @Test func keysWorkWhileArticlesArriveAndTheScopeStays() {
    let steps = [
      LoadProgress(documents: [Self.others[1]], read: 1, total: 3, finished: false),
      LoadProgress(documents: [Self.others[2]], read: 2, total: 3, finished: false),
      LoadProgress(
        documents: [Self.others[3]], read: 3, total: 3, skipped: ["x.txt: binary"], finished: true),
    ]
    var initial = DashboardFixture.state(documents: [Self.others[0]])
    initial.update(.loadProgress(LoadProgress(documents: [], read: 0, total: 3, finished: false)))
    let terminal = MemoryTerminal(
      width: 80, height: 24, events: ["5", "j", "d", "down", "enter", "q"].map { .key(Key(name: $0)!) })
    let state = DashboardLoop.run(initial, on: terminal, effects: LoadingEffects(steps))
    #expect(state.documents.count == 4)
    #expect(state.pane == 4)
    #expect(state.scope == .document(0))
    #expect(state.loading == nil)
  }

  @Test func theLoaderBuildsEveryFileInOrderAndReportsTheBadOne() throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "beijiang-loader-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for index in 0..<20 {
      try Data("# 第\(index)篇\n\n口岸货运量达到\(100 + index)万吨。\n".utf8).write(
        to: root.appending(path: String(format: "%02d.txt", index)))
    }
    try Data([0x41, 0x00]).write(to: root.appending(path: "05.txt"))
    let loader = BackgroundLoader(InputReader.inputs(for: [root.path]), pipeline: DocumentPipeline())
    loader.start()
    loader.waitUntilDone()
    let progress = try #require(loader.take())
    #expect(progress.finished)
    #expect(progress.read == 20)
    #expect(progress.documents.count == 19)
    #expect(progress.documents.first?.title == "第0篇")
    #expect(progress.skipped.count == 1)
    #expect(loader.take() == nil)
  }
}
