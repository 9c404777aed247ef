import BeijiangDashboard
import BeijiangModel
import BeijiangTestSupport
import BeijiangUI
import Foundation
import Testing

/// Effects whose watched folder changes once, after the first wait, and whose reload returns a
/// fixed set of articles.
final class WatchedEffects: DashboardEffects {
  var changes: [Bool]
  let articles: [Document]
  private(set) var reloads = 0
  init(changes: [Bool], articles: [Document]) {
    self.changes = changes
    self.articles = articles
  }
  func reload() -> Result<[Document], ReloadError> {
    reloads += 1
    return .success(articles)
  }
  func copy(_ text: String) {}
  func edit(_ documents: [Document], index: Int, line: Int) -> EditOutcome { .noEditor }
  func filesChanged() -> Bool { changes.isEmpty ? false : changes.removeFirst() }
}

/// A folder the dashboard was opened on is watched: the listing's changes are found by comparing
/// stamps, and a change reaches the state as `.filesChanged`, which reloads once loading is over.
@Suite struct FolderWatchTests {
  struct Case {
    var before: [String: Int]
    var after: [String: Int]
    var changes: FolderChanges
  }

  static let cases: [Case] = [
    Case(
      before: ["报道/2024-03-01.txt": 1], after: ["报道/2024-03-01.txt": 1],
      changes: FolderChanges(added: [], changed: [], removed: [])),
    Case(
      before: ["报道/2024-03-01.txt": 1],
      after: ["报道/2024-03-01.txt": 1, "报道/2024-03-09.txt": 1, "报道/2024-03-02.md": 4],
      changes: FolderChanges(added: ["报道/2024-03-02.md", "报道/2024-03-09.txt"], changed: [], removed: [])),
    Case(
      before: ["口岸/货运.txt": 1, "口岸/通关.txt": 2], after: ["口岸/货运.txt": 3],
      changes: FolderChanges(added: [], changed: ["口岸/货运.txt"], removed: ["口岸/通关.txt"])),
  ]

  @Test(arguments: cases) func listingsDifferByPath(_ item: Case) {
    let changes = FolderListing(item.after).changes(since: FolderListing(item.before))
    #expect(changes == item.changes)
    #expect(changes.isEmpty == (item.before == item.after))
  }

  @Test func aChangeReloadsOnlyOnceLoadingIsOver() {
    var state = DashboardFixture.state(documents: [CorpusDashboardTests.corpus[0]])
    #expect(state.update(.filesChanged) == .reload)
    state.update(.loadProgress(LoadProgress(documents: [], read: 0, total: 2, finished: false)))
    #expect(state.update(.filesChanged) == nil)
  }

  @Test func theLoopReloadsWhenTheWatchedFolderChanges() {
    let corpus = CorpusDashboardTests.corpus
    let effects = WatchedEffects(changes: [false, true], articles: Array(corpus[0...2]))
    let terminal = MemoryTerminal(
      width: 80, height: 24, events: ["j", "k", "q"].map { .key(Key(name: $0)!) })
    let state = DashboardLoop.run(
      DashboardFixture.state(documents: [corpus[0]]), on: terminal, effects: effects)
    #expect(effects.reloads == 1)
    #expect(state.documents.count == 3)
  }

  @Test func theWatcherNotesAFileAddedToTheFolder() throws {
    let root = FileManager.default.temporaryDirectory.appending(path: "beijiang-watch-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    try Data("# 供热简报\n\n新增供热面积120万平方米。\n".utf8).write(to: root.appending(path: "01.txt"))
    let watcher = try #require(FolderWatcher.forFolders(in: [root.path]))
    watcher.poll()
    #expect(!watcher.takeChange())
    try Data("# 口岸简报\n\n货运量达到30万吨。\n".utf8).write(to: root.appending(path: "02.txt"))
    try Data("不是文章".utf8).write(to: root.appending(path: "notes.json"))
    watcher.poll()
    #expect(watcher.takeChange())
    #expect(!watcher.takeChange())
    #expect(FolderWatcher.forFolders(in: [root.appending(path: "01.txt").path]) == nil)
  }
}
