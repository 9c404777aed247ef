import BeijiangDashboard
import BeijiangModel
import BeijiangUI
import Foundation
import Testing

/// Marking rows with m, listing them with M, and the marks surviving a restart through the store.
@Suite struct MarksTests {
  /// A fresh marks file location in a temporary state directory.
  func temporaryMarksFile() -> URL {
    FileManager.default.temporaryDirectory.appending(path: "beijiang-marks-\(UUID().uuidString)")
      .appending(path: "beijiang/marks.json")
  }

  func state(marks file: URL? = nil) -> DashboardState {
    var state = DashboardFixture.state()
    if let file {
      let opened = MarksStore.open(fileURL: file)
      state.attachMarks(opened.store, problems: opened.problems)
    }
    return state
  }

  func hash() -> DocumentHash {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: DashboardFixture.seed.source.scalars)
    return DocumentHash(text: String(text))
  }

  func rows(_ state: DashboardState) -> [Substring] {
    DashboardFixture.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
  }

  @Test func mTogglesAMetricWithTheAgreedKey() throws {
    var state = state()
    #expect(DashboardFixture.press(["5", "j", "m"], on: &state) == [.saveMarks])
    let metric = state.metricRows(4)[1].metric.quantity
    let key = MarkKey(kind: "metric", start: metric.start, end: metric.end, surface: metric.surface)
    #expect(state.marks.isMarked(key, in: hash()))
    #expect(state.documentHashes == [hash()])
    #expect(state.status?.contains(metric.surface) == true)
    let marked = rows(state).filter { $0.contains("★") }
    #expect(marked.count == 1)
    #expect(marked.first?.contains("9100万平方米") == true)
    #expect(DashboardFixture.press(["m"], on: &state) == [.saveMarks])
    #expect(!state.marks.isMarked(key, in: hash()))
    #expect(!DashboardFixture.screen(state).contains("★"))
  }

  @Test func datesAndQuotesAreMarkableButParagraphsAreNot() throws {
    var state = state()
    _ = DashboardFixture.press(["4", "]", "m"], on: &state)
    let date = state.eventRows(3)[0].event.date
    #expect(
      state.marks.isMarked(
        MarkKey(kind: "date", start: date.start, end: date.end, surface: date.surface), in: hash()))
    #expect(rows(state).contains { $0.contains("★") })

    // The first pane with a quote: select it in the entities list.
    let found = (1..<state.paneCount).lazy.compactMap { pane in
      state.entityRows(pane).firstIndex { $0.kind == .quote }.map { (pane, $0) }
    }.first
    let (pane, row) = try #require(found)
    _ = DashboardFixture.press(["\(pane + 1)"], on: &state)
    while state.focus != .entities { _ = DashboardFixture.press(["]"], on: &state) }
    _ = DashboardFixture.press(["g"] + Array(repeating: "j", count: row), on: &state)
    #expect(DashboardFixture.press(["m"], on: &state) == [.saveMarks])
    let quote = state.entityRows(pane)[row]
    let first = try #require(quote.mentions.first)
    #expect(
      state.marks.isMarked(
        MarkKey(kind: "quote", start: first.start, end: first.end, surface: quote.label), in: hash()))

    _ = DashboardFixture.press(["]"], on: &state)
    #expect(DashboardFixture.press(["m"], on: &state).isEmpty)
    #expect(state.status == "只能标记数字、日期和引语")
    #expect(state.marks.marks(in: hash()).count == 2)
  }

  @Test func capitalMListsTheMarksAndEnterJumps() throws {
    var state = state()
    _ = DashboardFixture.press(["5", "j", "j", "m", "3", "m", "1"], on: &state)
    _ = DashboardFixture.press(["M"], on: &state)
    let screen = DashboardFixture.screen(state)
    #expect(screen.contains("标记 2"))
    #expect(state.markedRows().map(\.pane) == [2, 4])
    _ = DashboardFixture.press(["j", "enter"], on: &state)
    #expect(state.overlay == .none)
    #expect(state.pane == 4)
    #expect(state.focus == .metrics)
    #expect(state.selection(4, .metrics) == 2)
    _ = DashboardFixture.press(["M", "esc"], on: &state)
    #expect(state.overlay == .none)
    // m inside the list unmarks the chosen line.
    _ = DashboardFixture.press(["M"], on: &state)
    #expect(DashboardFixture.press(["m"], on: &state) == [.saveMarks])
    #expect(state.markedRows().count == 1)
  }

  @Test func aMarkHiddenByAFilterIsStillListedAndReachable() {
    var state = state()
    _ = DashboardFixture.press(["5", "m", "t"], on: &state)  // row 0 is an achieved figure
    #expect(state.markedRows().count == 1)
    _ = DashboardFixture.press(["M", "enter"], on: &state)
    #expect(!state.targetsOnly)
    #expect(state.selection(4, .metrics) == 0)
  }

  @Test func marksSurviveARestartThroughTheStore() throws {
    let file = temporaryMarksFile()
    var first = state(marks: file)
    #expect(DashboardFixture.press(["5", "j", "m"], on: &first) == [.saveMarks])
    first.update(.marksSaved(first.marks.save()))
    #expect(FileManager.default.fileExists(atPath: file.path))
    let json = try String(contentsOf: file, encoding: .utf8)
    #expect(json.contains("\"kind\" : \"metric\""))
    #expect(json.contains(hash().hex))

    var second = state(marks: file)
    #expect(second.status == nil)
    _ = DashboardFixture.press(["5"], on: &second)
    let marked = rows(second).filter { $0.contains("★") }
    #expect(marked.count == 1)
    #expect(marked.first?.contains("9100万平方米") == true)
  }

  @Test func aDamagedFileIsSetAsideAndReportedInOneLine() throws {
    let file = temporaryMarksFile()
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data("{not json".utf8).write(to: file)
    var state = state(marks: file)
    let status = try #require(state.status)
    #expect(status.contains("damaged"))
    #expect(!status.contains("\n"))
    #expect(state.markedRows().isEmpty)
    #expect(DashboardFixture.screen(state).contains("damaged"))
    _ = DashboardFixture.press(["5", "m"], on: &state)
    state.update(.marksSaved(state.marks.save()))
    #expect(state.status?.hasPrefix("已标记") == true)
  }

  @Test func anUnwritableStateDirectoryLeavesTheDashboardUsable() throws {
    // A regular file where the state directory should be: refused even for root, like a
    // read-only directory is for everyone else.
    let base = FileManager.default.temporaryDirectory.appending(path: "beijiang-blocked-\(UUID().uuidString)")
    try Data().write(to: base)
    let file = base.appending(path: "beijiang/marks.json")
    var state = state(marks: file)
    #expect(DashboardFixture.press(["5", "m"], on: &state) == [.saveMarks])
    state.update(.marksSaved(state.marks.save()))
    let status = try #require(state.status)
    #expect(status.hasPrefix("cannot save marks"))
    #expect(status.contains("not a directory"))
    #expect(DashboardFixture.screen(state).contains("cannot save marks"))
    // Still marked in memory, and every key still works.
    #expect(state.markedRows().count == 1)
    _ = DashboardFixture.press(["j", "]", "M"], on: &state)
    #expect(state.overlay == .marks(selected: 0))
  }

  @Test func staleMarksAreKeptListedAndReported() throws {
    let file = temporaryMarksFile()
    var (store, _) = MarksStore.open(fileURL: file)
    let gone = MarkKey(kind: "metric", start: 3, end: 9, surface: "999万吨")
    store.mark(gone, in: hash())
    #expect(throws: Never.self) { try store.save().get() }
    let state = state(marks: file)
    #expect(state.status == "1 个标记的内容已不在文中（仍保留）")
    #expect(state.staleMarks().map(\.key) == [gone])
    #expect(state.markedRows().last?.pane == nil)
    #expect(state.markedRows().last?.label.contains("999万吨") == true)
    #expect(state.marks.isMarked(gone, in: hash()))
  }

  @Test func asciiMarksUseAnAsterisk() {
    var state = DashboardState(
      documents: [DashboardFixture.seed], width: 80, height: 24,
      settings: DashboardSettings(language: .zh, themeName: .dark, depth: .palette256, ascii: true))
    _ = DashboardFixture.press(["5", "m"], on: &state)
    #expect(DashboardFixture.screen(state).contains("*2000万平方米"))
  }
}
