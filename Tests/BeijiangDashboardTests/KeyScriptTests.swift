import BeijiangModel
import BeijiangUI
import Testing

@testable import BeijiangDashboard

/// Scenarios of use driven through `update`, as a person would press keys.
@Suite struct KeyScriptTests {
  typealias Fixture = DashboardFixture

  @Test func switchingPanesByNumberTabArrowsAndVimKeys() {
    var state = Fixture.state()
    _ = Fixture.press(["5"], on: &state)
    #expect(state.pane == 4)
    _ = Fixture.press(["tab", "tab"], on: &state)
    #expect(state.pane == 6)
    _ = Fixture.press(["tab"], on: &state)
    #expect(state.pane == 0, "Tab wraps around to the overview")
    _ = Fixture.press(["shift-tab", "h", "left"], on: &state)
    #expect(state.pane == 4)
    _ = Fixture.press(["l", "right"], on: &state)
    #expect(state.pane == 6)
    _ = Fixture.press(["9"], on: &state)
    #expect(state.pane == 6, "a pane that does not exist changes nothing")
  }

  @Test func movingThroughAListAndPaging() {
    var state = Fixture.state()
    _ = Fixture.press(["4"], on: &state)  // ports: twelve figures
    let count = state.rowCount(3, .metrics)
    #expect(count >= 10)
    _ = Fixture.press(["j", "j", "down"], on: &state)
    #expect(state.selection(3, .metrics) == 3)
    _ = Fixture.press(["k", "up"], on: &state)
    #expect(state.selection(3, .metrics) == 1)
    _ = Fixture.press(["G"], on: &state)
    #expect(state.selection(3, .metrics) == count - 1)
    _ = Fixture.press(["j"], on: &state)
    #expect(state.selection(3, .metrics) == count - 1, "moving past the end stays on the last row")
    _ = Fixture.press(["g"], on: &state)
    #expect(state.selection(3, .metrics) == 0)
    _ = Fixture.press(["end", "home", "pgdn"], on: &state)
    #expect(state.selection(3, .metrics)! > 1)
    _ = Fixture.press(["pgup", "ctrl-d"], on: &state)
    #expect(state.selection(3, .metrics)! >= 1)
    _ = Fixture.press(["ctrl-u"], on: &state)
    #expect(state.selection(3, .metrics) == 0)
  }

  @Test func eachListKeepsItsOwnSelection() {
    var state = Fixture.state()
    _ = Fixture.press(["4", "j", "j", "]", "j"], on: &state)
    #expect(state.focus == .timeline)
    #expect(state.selection(3, .timeline) == 1)
    _ = Fixture.press(["[", "[", "["], on: &state)
    #expect(state.focus == .entities)
    _ = Fixture.press(["]", "]"], on: &state)
    #expect(state.focus == .metrics)
    #expect(state.selection(3, .metrics) == 2)
  }

  @Test func sortingCyclesTextValueUnit() {
    var state = Fixture.state()
    _ = Fixture.press(["3"], on: &state)  // desertification
    let textOrder = state.metricRows(2).map(\.metric.quantity.start)
    #expect(textOrder == textOrder.sorted())
    _ = Fixture.press(["s"], on: &state)
    #expect(state.sort == .value)
    // By value sorts within one unit: each unit's figures together, largest first (12 个 never
    // stands between 万亩 figures because of its size).
    let rows = state.metricRows(2).map(\.metric.quantity)
    let units = rows.map { $0.unit ?? "" }
    var seen: [String] = []
    for unit in units where seen.last != unit { seen.append(unit) }
    #expect(seen.count == Set(units).count, "units not contiguous: \(units)")
    for unit in Set(units) {
      let values = rows.filter { ($0.unit ?? "") == unit }.compactMap(\.magnitude)
      #expect(values == values.sorted(by: >))
    }
    _ = Fixture.press(["s"], on: &state)
    #expect(state.sort == .unit)
    let dimensions = state.metricRows(2).map { $0.metric.quantity.dimension ?? "~" }
    #expect(dimensions == dimensions.sorted())
    _ = Fixture.press(["s"], on: &state)
    #expect(state.sort == .text)
  }

  @Test func sortingAndFilteringKeepTheSelectedFigure() {
    var state = Fixture.state()
    _ = Fixture.press(["3", "j", "j"], on: &state)
    let chosen = state.metricRows(2)[state.selection(2, .metrics)!]
    for key in ["s", "s", "f", "s", "f"] {
      _ = Fixture.press([key], on: &state)
      let rows = state.metricRows(2)
      // A filter that leaves the figure out ends the check: the list then starts at its top.
      guard rows.contains(chosen) else { break }
      #expect(rows[state.selection(2, .metrics)!] == chosen, "after \(key), sort \(state.sort)")
    }
  }

  @Test func qClosesAnOverlayAndQuitsOnlyOnTheSecondPress() {
    var state = Fixture.state()
    for opening in [["5", "enter"], ["M"], ["?"], ["p"]] {
      _ = Fixture.press(opening, on: &state)
      #expect(Fixture.press(["q"], on: &state).isEmpty, "q after \(opening) must not quit")
      #expect(state.overlay == .none && state.slide == nil)
    }
    _ = Fixture.press(["5", "enter"], on: &state)
    _ = Fixture.press(["q"], on: &state)
    #expect(state.notice?.contains("q") == true, "a one-line confirmation says how to quit")
    #expect(Fixture.press(["q"], on: &state) == [.quit])
    var other = Fixture.state()
    _ = Fixture.press(["5", "enter"], on: &other)
    #expect(Fixture.press(["Q"], on: &other) == [.quit])
  }

  @Test func aKeyThatDoesNothingOnTheOverviewSaysSo() {
    var state = Fixture.state()
    _ = Fixture.press(["s"], on: &state)
    #expect(state.notice == "总览中不可用")
    #expect(!state.hints.contains { $0.keys == "]" })
    _ = Fixture.press(["5", "enter"], on: &state)
    #expect(state.hints.contains { $0.keys == "j" })
    #expect(!state.hints.contains { $0.keys == "Tab" || $0.keys == "/" })
  }

  @Test func filteringByDimensionAndTargetsOnly() {
    var state = Fixture.state()
    _ = Fixture.press(["3", "f"], on: &state)
    let first = state.dimensionFilter
    #expect(first != nil)
    #expect(state.metricRows(2).allSatisfy { $0.metric.quantity.dimension == first })
    let dimensions = state.dimensions(2)
    for _ in dimensions.dropFirst() { _ = Fixture.press(["f"], on: &state) }
    _ = Fixture.press(["f"], on: &state)
    #expect(state.dimensionFilter == nil, "cycling past the last dimension clears the filter")
    _ = Fixture.press(["t"], on: &state)
    #expect(state.targetsOnly)
    let targets = state.metricRows(2)
    #expect(targets.count == 3)
    #expect(targets.allSatisfy { $0.metric.quantity.role.isForwardLooking })
    _ = Fixture.press(["esc"], on: &state)
    #expect(!state.targetsOnly, "Esc clears filters")
  }

  @Test func searchJumpsToTheMatchAndNStepsThrough() {
    var state = Fixture.state()
    _ = Fixture.press(["/"], on: &state)
    Fixture.type("供热", on: &state)
    guard case .search(let search) = state.overlay else {
      Issue.record("the search box is not open")
      return
    }
    #expect(search.results.count >= 5)
    _ = Fixture.press(["down", "enter"], on: &state)
    #expect(state.overlay == .none)
    let target = search.results[1]
    #expect(state.pane == target.pane && state.focus == target.list)
    #expect(state.selection(target.pane, target.list) == target.row)
    _ = Fixture.press(["n"], on: &state)
    let next = search.results[2]
    #expect(state.pane == next.pane && state.selection(next.pane, next.list) == next.row)
    _ = Fixture.press(["N", "N"], on: &state)
    #expect(state.selection(search.results[0].pane, search.results[0].list) == search.results[0].row)
  }

  @Test func searchTypingIsNotTakenForCommands() {
    var state = Fixture.state()
    _ = Fixture.press(["/"], on: &state)
    Fixture.type("qj5", on: &state)
    guard case .search(let search) = state.overlay else {
      Issue.record("q quit the search instead of being typed")
      return
    }
    #expect(search.query == "qj5")
    _ = Fixture.press(["backspace"], on: &state)
    guard case .search(let edited) = state.overlay else { return }
    #expect(edited.query == "qj")
    _ = Fixture.press(["esc"], on: &state)
    #expect(state.overlay == .none)
    #expect(state.pane == 0)
  }

  @Test func detailOpensOnEnterStepsWithJKAndClosesOnEsc() {
    var state = Fixture.state()
    _ = Fixture.press(["5", "j", "enter"], on: &state)
    #expect(state.overlay == .detail(DetailTarget(pane: 4, list: .metrics, row: 1)))
    let screen = Fixture.screen(state)
    #expect(screen.contains("章节: 助力温暖工程 办好民生实事"))
    _ = Fixture.press(["j"], on: &state)
    #expect(state.overlay == .detail(DetailTarget(pane: 4, list: .metrics, row: 2)))
    _ = Fixture.press(["esc"], on: &state)
    #expect(state.overlay == .none)
    #expect(state.selection(4, .metrics) == 2, "the list follows what the detail showed")
  }

  @Test func enterOnTheOverviewOpensTheSelectedProject() {
    var state = Fixture.state()
    _ = Fixture.press(["j", "j", "j", "enter"], on: &state)
    #expect(state.pane == 4)
  }

  @Test func helpOpensAndClosesAndListsTheKeymap() {
    var state = Fixture.state(width: 120, height: 40)
    _ = Fixture.press(["?"], on: &state)
    #expect(state.overlay == .help)
    let screen = Fixture.screen(state)
    for binding in state.settings.keymap.helpEntries(in: .list, language: .zh) {
      #expect(screen.contains(binding.text), "help lacks \(binding.text)")
    }
    _ = Fixture.press(["?"], on: &state)
    #expect(state.overlay == .none)
  }

  @Test func languageSwitchesEveryLabel() {
    var state = Fixture.state()
    _ = Fixture.press(["L"], on: &state)
    #expect(state.language == .en)
    #expect(Fixture.screen(state).contains("Targets and progress"))
    _ = Fixture.press(["L"], on: &state)
    #expect(Fixture.screen(state).contains("目标与进度"))
  }

  @Test func quitAndReloadAreCommandsForTheProgram() {
    var state = Fixture.state()
    #expect(Fixture.press(["r"], on: &state) == [.reload])
    #expect(Fixture.press(["q"], on: &state) == [.quit])
    #expect(state.update(.interrupt) == .quit)
  }

  @Test func aFailedReloadKeepsTheLastGoodModel() {
    var state = Fixture.state()
    _ = Fixture.press(["5", "j"], on: &state)
    state.reloaded(.failure(ReloadError(message: "a.txt: cannot read: no such file or directory")))
    #expect(state.documents.count == 1)
    #expect(state.rowCount(4, .metrics) == 5)
    #expect(state.status?.contains("no such file") == true)
    #expect(Fixture.screen(state).contains("重新加载失败"))
    state.reloaded(.success([Fixture.seed, Fixture.seed]))
    #expect(state.documents.count == 2)
    #expect(state.selection(4, .metrics) == 1)
  }

  @Test func resizeToAnySizeNeverTrapsAndEveryRowFits() {
    var state = Fixture.state()
    _ = Fixture.press(["5", "enter"], on: &state)
    for (width, height) in [
      (1, 1), (0, 0), (39, 11), (40, 12), (79, 23), (80, 24), (200, 60), (3, 100), (300, 5),
    ] {
      state.update(.resize(width: width, height: height))
      let buffer = DashboardView.render(state)
      #expect(buffer.width == width && buffer.height == height)
      #expect(buffer.rows.allSatisfy { DisplayWidth.of($0) <= width })
    }
  }

  @Test func mouseClicksTabsRowsAndWheelScrolls() {
    var state = Fixture.state()
    // The tab bar's fifth tab sits somewhere on row 0: find it from the drawn screen.
    let firstRow = DashboardView.render(state).row(0)
    let column = DisplayWidth.of(firstRow.components(separatedBy: "5 温暖")[0]) + 1
    Fixture.mouse(.click, x: column, y: 0, on: &state)
    #expect(state.pane == 4)
    Fixture.mouse(.wheelDown, x: 10, y: 12, on: &state)
    #expect(state.selection(4, .metrics) == 3)
    Fixture.mouse(.wheelUp, x: 10, y: 12, on: &state)
    #expect(state.selection(4, .metrics) == 0)
    // Row 2 of the table: the list box starts below the key figures and the list tabs.
    let screen = DashboardView.render(state).rows
    let rowY = screen.firstIndex { $0.contains("9100万平方米 目标") }!
    Fixture.mouse(.click, x: 5, y: rowY, on: &state)
    #expect(state.selection(4, .metrics) == 1)
    Fixture.mouse(.click, x: 5, y: rowY, on: &state)
    #expect(
      state.overlay == .detail(DetailTarget(pane: 4, list: .metrics, row: 1)), "a second click opens it")
  }

  @Test func theDocumentSwitcherShowsOneDocumentOrAll() {
    let other = try! DocumentBuilder().build(
      TextDecoder.decode(Array("# 另一篇\n\n### 温暖工程\n\n今年供热面积达到1.2亿平方米。\n".utf8), name: "other.txt"))
    var state = Fixture.state(documents: [Fixture.seed, other])
    #expect(state.rowCount(4, .metrics) == 6)
    _ = Fixture.press(["d", "down", "down", "enter"], on: &state)
    #expect(state.rowCount(4, .metrics) == 1)
    #expect(state.content.title == "另一篇")
    _ = Fixture.press(["d", "enter"], on: &state)
    #expect(state.rowCount(4, .metrics) == 6)
  }
}
