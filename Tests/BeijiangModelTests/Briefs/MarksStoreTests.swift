import Foundation
import Testing

@testable import BeijiangModel

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A fresh state directory under the system temporary directory, removed at the end of the test.
private final class StateDirectory {
  let root: URL
  var environment: [String: String] { ["XDG_STATE_HOME": root.path, "HOME": "/nonexistent-home"] }
  var marksURL: URL { root.appendingPathComponent("beijiang/marks.json") }
  var beijiangDirectory: URL { root.appendingPathComponent("beijiang") }

  init() {
    root = FileManager.default.temporaryDirectory.appendingPathComponent(
      "beijiang-marks-\(UUID().uuidString)")
    try! FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
  }

  deinit {
    chmod(beijiangDirectory.path, 0o755)
    try? FileManager.default.removeItem(at: root)
  }

  func contents() -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: beijiangDirectory.path))?.sorted() ?? []
  }
}

private let document = DocumentHash(text: "供热面积覆盖呼和浩特市3235万平方米，惠及21.72万户。")
private let otherDocument = DocumentHash(text: "另一篇文章：建成4200多公里。")
private let area = MarkKey(kind: "quantity", start: 11, end: 19, surface: "3235万平方米")
private let households = MarkKey(kind: "quantity", start: 22, end: 28, surface: "21.72万户")
private let length = MarkKey(kind: "quantity", start: 8, end: 15, surface: "4200多公里")
private let noon = Date(timeIntervalSince1970: 1_700_000_000)

@Suite struct MarksStoreTests {
  @Test func savesAndReloadsMarksPerDocument() throws {
    let state = StateDirectory()
    var (store, problems) = MarksStore.open(environment: state.environment)
    #expect(problems.isEmpty)
    #expect(store.fileURL == state.marksURL)
    store.mark(households, in: document, at: noon)
    store.mark(area, in: document, at: noon)
    store.mark(length, in: otherDocument, at: noon)
    try store.save().get()

    let (reloaded, reloadProblems) = MarksStore.open(environment: state.environment)
    #expect(reloadProblems.isEmpty)
    #expect(
      reloaded.marks(in: document) == [
        Mark(key: area, markedAt: noon), Mark(key: households, markedAt: noon),
      ])
    #expect(reloaded.marks(in: otherDocument).map(\.key) == [length])
    #expect(reloaded.isMarked(area, in: document))
    #expect(!reloaded.isMarked(area, in: otherDocument))
  }

  @Test func writesReadableJSONWithTheDocumentHashAsKey() throws {
    let state = StateDirectory()
    var store = MarksStore.open(environment: state.environment).store
    store.mark(area, in: document, at: noon)
    try store.save().get()
    let text = try String(contentsOf: state.marksURL, encoding: .utf8)
    #expect(text.contains("\"format\" : \"beijiang-marks\""))
    #expect(text.contains("\"\(document.hex)\""))
    #expect(text.contains("\"surface\" : \"3235万平方米\""))
    #expect(text.contains("\"markedAt\" : \"2023-11-14T22:13:20Z\""))
  }

  @Test func togglesAMarkOnAndOff() {
    var store = MarksStore.open(fileURL: URL(fileURLWithPath: "/nonexistent/marks.json")).store
    let first = store.toggle(area, in: document)
    #expect(first)
    #expect(store.isMarked(area, in: document))
    let second = store.toggle(area, in: document)
    #expect(!second)
    #expect(store.marks(in: document).isEmpty)
  }

  @Test func unmarkedItemsAreGoneAfterReload() throws {
    let state = StateDirectory()
    var store = MarksStore.open(environment: state.environment).store
    store.mark(area, in: document)
    store.mark(households, in: document)
    try store.save().get()
    store.unmark(area, in: document)
    try store.save().get()
    #expect(
      MarksStore.open(environment: state.environment).store.marks(in: document).map(\.key) == [households])
  }

  @Test func savingTwiceGivesTheSameBytes() throws {
    let state = StateDirectory()
    var store = MarksStore.open(environment: state.environment).store
    store.mark(households, in: document, at: noon)
    store.mark(area, in: document, at: noon)
    store.mark(length, in: otherDocument, at: noon)
    try store.save().get()
    let first = try Data(contentsOf: state.marksURL)
    try MarksStore.open(environment: state.environment).store.save().get()
    #expect(try Data(contentsOf: state.marksURL) == first)
  }

  @Test func reportsMarksWhoseItemIsNoLongerInTheTextAndKeepsThem() throws {
    let state = StateDirectory()
    var store = MarksStore.open(environment: state.environment).store
    store.mark(area, in: document, at: noon)
    store.mark(households, in: document, at: noon)
    try store.save().get()

    let reloaded = MarksStore.open(environment: state.environment).store
    let stale = reloaded.staleMarks(in: document, currentItems: [households])
    #expect(stale == [Mark(key: area, markedAt: noon)])
    #expect(reloaded.staleMarks(in: document, currentItems: [area, households]).isEmpty)
    try reloaded.save().get()
    #expect(MarksStore.open(environment: state.environment).store.isMarked(area, in: document))
  }

  @Test(arguments: [
    (AtomicFileWriter.Step.write, ENOSPC, "the disk holding"),
    (.sync, EIO, "could not flush to disk in /"),
    (.close, EDQUOT, "is full"),
    (.rename, EACCES, "no permission to write in /"),
    (.createDirectory, EACCES, "no permission to create /"),
    (.createTemporary, EROFS, "read-only file system"),
  ])
  func aFailedWriteLeavesThePreviousFileAndNoTemporaryFile(
    step: AtomicFileWriter.Step, code: Int32, phrase: String
  ) throws {
    let state = StateDirectory()
    var store = MarksStore.open(environment: state.environment).store
    store.mark(area, in: document, at: noon)
    try store.save().get()
    let before = try Data(contentsOf: state.marksURL)

    store.mark(households, in: document, at: noon)
    store.writer.injectedFailure = (step, code)
    guard case .failure(let problem) = store.save() else {
      Issue.record("an injected \(step) failure must fail the save")
      return
    }
    #expect(problem.kind == .cannotSave)
    #expect(problem.message.contains(phrase))
    #expect(problem.message.contains("previous marks file is unchanged"))
    #expect(!problem.message.contains("\n"))
    #expect(try Data(contentsOf: state.marksURL) == before)
    #expect(state.contents() == ["marks.json"])
    #expect(store.isMarked(households, in: document), "marks stay usable in memory")
  }

  @Test(.enabled(if: geteuid() != 0, "root ignores directory permissions"))
  func aReadOnlyStateDirectoryGivesOneClearLineAndKeepsTheOldFile() throws {
    let state = StateDirectory()
    var store = MarksStore.open(environment: state.environment).store
    store.mark(area, in: document, at: noon)
    try store.save().get()
    let before = try Data(contentsOf: state.marksURL)
    chmod(state.beijiangDirectory.path, 0o555)

    store.mark(households, in: document)
    guard case .failure(let problem) = store.save() else {
      Issue.record("saving into a read-only directory must fail")
      return
    }
    #expect(
      problem.message.contains(
        "cannot save marks: no permission to write in \(state.beijiangDirectory.path);"))
    #expect(try Data(contentsOf: state.marksURL) == before)
  }

  /// Needs a real read-only file system holding `beijiang/marks.json` with at least one mark, e.g.
  /// a tmpfs remounted read-only; see `docs/briefs.md`. Skipped unless the variable names one.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["BEIJIANG_TEST_READONLY_STATE"] != nil))
  func aReadOnlyFileSystemGivesOneClearLineAndTheDashboardKeepsItsMarks() throws {
    let stateHome = ProcessInfo.processInfo.environment["BEIJIANG_TEST_READONLY_STATE"]!
    let marksURL = URL(fileURLWithPath: stateHome).appendingPathComponent("beijiang/marks.json")
    let before = try Data(contentsOf: marksURL)
    var (store, problems) = MarksStore.open(environment: ["XDG_STATE_HOME": stateHome])
    #expect(problems.isEmpty)
    store.mark(area, in: document)
    guard case .failure(let problem) = store.save() else {
      Issue.record("saving on a read-only file system must fail")
      return
    }
    #expect(
      problem.message.hasPrefix("cannot save marks: \(stateHome)/beijiang is on a read-only file system;"))
    #expect(try Data(contentsOf: marksURL) == before)
    #expect(store.isMarked(area, in: document))
  }

  @Test func aStateDirectoryThatIsAFileGivesOneClearLine() throws {
    let state = StateDirectory()
    try Data("not a directory".utf8).write(to: state.beijiangDirectory)
    var store = MarksStore.open(environment: state.environment).store
    store.mark(area, in: document)
    guard case .failure(let problem) = store.save() else {
      Issue.record("saving under a regular file must fail")
      return
    }
    #expect(
      problem.message.hasPrefix("cannot save marks: \(state.beijiangDirectory.path) is not a directory"))
    #expect(store.isMarked(area, in: document))
  }

  @Test(arguments: [
    "{\"format\": \"beijiang-marks\", \"vers", "", "[1, 2, 3]",
    "{\"format\": \"other\", \"version\": 1, \"documents\": {}}", "\u{0}\u{1}garbage",
  ])
  func aDamagedFileIsMovedAsideAndTheStoreStartsClean(damaged: String) throws {
    let state = StateDirectory()
    try FileManager.default.createDirectory(at: state.beijiangDirectory, withIntermediateDirectories: true)
    try Data(damaged.utf8).write(to: state.marksURL)

    var (store, problems) = MarksStore.open(environment: state.environment, now: noon)
    let backupName = "marks.json.damaged-20231114T221320Z"
    #expect(problems.map(\.kind) == [.damagedMovedAside])
    #expect(
      problems.first?.message
        == "marks file was damaged; kept it as \(state.beijiangDirectory.path)/\(backupName) and started with no marks"
    )
    #expect(state.contents() == [backupName])
    #expect(
      try Data(contentsOf: state.beijiangDirectory.appendingPathComponent(backupName)) == Data(damaged.utf8))
    #expect(store.marks(in: document).isEmpty)

    store.mark(area, in: document)
    try store.save().get()
    #expect(state.contents() == ["marks.json", backupName])
  }

  @Test func aSecondDamagedFileInTheSameSecondGetsItsOwnBackup() throws {
    let state = StateDirectory()
    try FileManager.default.createDirectory(at: state.beijiangDirectory, withIntermediateDirectories: true)
    for _ in 0..<2 {
      try Data("broken".utf8).write(to: state.marksURL)
      _ = MarksStore.open(environment: state.environment, now: noon)
    }
    #expect(
      state.contents() == ["marks.json.damaged-20231114T221320Z", "marks.json.damaged-20231114T221320Z-1"])
  }

  @Test func aFileFromANewerVersionIsLeftAloneAndNotOverwritten() throws {
    let state = StateDirectory()
    try FileManager.default.createDirectory(at: state.beijiangDirectory, withIntermediateDirectories: true)
    let newer = Data("{\"format\": \"beijiang-marks\", \"version\": 2, \"documents\": {}}".utf8)
    try newer.write(to: state.marksURL)

    var (store, problems) = MarksStore.open(environment: state.environment)
    #expect(problems.map(\.kind) == [.newerFormat])
    store.mark(area, in: document)
    guard case .failure(let problem) = store.save() else {
      Issue.record("a newer file must not be overwritten")
      return
    }
    #expect(problem.kind == .newerFormat)
    #expect(try Data(contentsOf: state.marksURL) == newer)
  }

  @Test func anUnreadableMarksFileTurnsSavingOff() throws {
    let state = StateDirectory()
    // A directory where the file should be: open succeeds, read fails with EISDIR, even for root.
    try FileManager.default.createDirectory(at: state.marksURL, withIntermediateDirectories: true)
    var (store, problems) = MarksStore.open(environment: state.environment)
    #expect(problems.map(\.kind) == [.unreadable])
    #expect(problems.first?.message.hasPrefix("cannot read marks from \(state.marksURL.path)") == true)
    store.mark(area, in: document)
    #expect(store.isMarked(area, in: document))
    #expect(throws: MarksProblem.self) { try store.save().get() }
  }

  @Test func problemsAreAlwaysOneLine() {
    #expect(MarksProblem(.cannotSave, "a\nb\r\nc").message == "a b c")
  }
}
