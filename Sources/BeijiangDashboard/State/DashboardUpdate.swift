import BeijiangModel
import BeijiangUI

extension DashboardState {
  /// Applies one message: the only way the state changes. Returns what the program must do (quit,
  /// reload, save marks, copy, edit), if anything; its result comes back as another message.
  @discardableResult
  public mutating func update(_ message: DashboardMessage) -> DashboardCommand? {
    switch message {
    case .resize(let width, let height):
      self.width = max(0, width)
      self.height = max(0, height)
    case .interrupt:
      return .quit
    case .pointer(let mouse, let hit):
      handlePointer(mouse, on: hit)
    case .key(let key):
      if case .search = overlay, handleSearchTyping(key) { return nil }
      if case .documents = overlay, handleDocumentsTyping(key) { return nil }
      guard let action = settings.keymap.action(for: key, in: keyScope) else { return nil }
      status = nil
      notice = nil
      return perform(action)
    case .reloaded(let result):
      reloaded(result)
    case .marksSaved(let result):
      marksSaved(result)
    case .loadProgress(let progress):
      loaded(progress)
    case .filesChanged:
      // A reload while articles still arrive would replace them; the loop waits for the end.
      return loading == nil ? .reload : nil
    case .edited(let outcome):
      edited(outcome)
      if case .edited = outcome { return .reload }
    }
    return nil
  }

  mutating func reloaded(_ result: Result<[Document], ReloadError>) {
    switch result {
    case .success(let documents):
      replaceDocuments(documents)
      status = strings.format("status.reloaded", language, ["count": "\(documents.count)"])
    case .failure(let error):
      status = strings.format("status.reloadFailed", language, ["error": error.message])
    }
  }

  mutating func perform(_ action: Action) -> DashboardCommand? {
    if let handled = performGuarded(action) { return handled }
    switch overlay {
    case .help:
      if action == .back || action == .help { closeHelp() }
      return action == .quit ? .quit : nil
    case .detail(let target): return performInDetail(action, target)
    case .search:
      performInSearch(action)
      return nil
    case .documents(let pane): return performInDocuments(action, pane)
    case .marks(let selected): return performInMarks(action, selected)
    case .none:
      if let slide { return performInPresentation(action, slide) }
      return performInPane(action)
    }
  }

  mutating func performInPane(_ action: Action) -> DashboardCommand? {
    switch action {
    case .quit: return .quit
    case .reload: return .reload
    case .nextPane: showPane((pane + 1) % paneCount)
    case .previousPane: showPane((pane + paneCount - 1) % paneCount)
    case .nextList: cycleList(by: 1)
    case .previousList: cycleList(by: -1)
    case .moveDown: move(by: 1)
    case .moveUp: move(by: -1)
    case .top: move(to: 0)
    case .bottom: move(to: Int.max / 2)
    case .pageDown: move(by: pageSize)
    case .pageUp: move(by: -pageSize)
    case .halfPageDown: move(by: max(1, pageSize / 2))
    case .halfPageUp: move(by: -max(1, pageSize / 2))
    case .open: open()
    case .back:
      if pane > 0 && dimensionFilter == nil && !targetsOnly {
        break
      } else {
        dimensionFilter = nil
        targetsOnly = false
      }
    case .search:
      overlay = .search(
        lastSearch.map { SearchState(query: $0.query, results: $0.results, selected: $0.selected) }
          ?? SearchState())
    case .nextMatch: stepMatch(by: 1)
    case .previousMatch: stepMatch(by: -1)
    case .cycleSort: keepingMetricSelection { $0.sort = $0.sort.next }
    case .filterDimension: keepingMetricSelection { $0.cycleFilter() }
    case .targetsOnly:
      targetsOnly.toggle()
      select(0, in: pane, .metrics)
    case .toggleLanguage: settings.language = language.toggled
    case .help: overlay = .help
    case .documents: overlay = .documents(DocumentsPane())
    case .allDocuments: setScope(.all)
    case .presentation: startPresentation()
    case .mark: return toggleMark()
    case .showMarks: overlay = .marks(selected: 0)
    case .copy: return copySelection()
    case .edit: return editCommand()
    default:
      if let number = action.paneNumber, number >= 1 && number <= paneCount { showPane(number - 1) }
    }
    return nil
  }

  mutating func showPane(_ index: Int) {
    pane = index
    if pane > 0 && dimensionFilter != nil && !dimensions(pane).contains(dimensionFilter!) {
      dimensionFilter = nil
    }
  }

  mutating func cycleList(by step: Int) {
    guard pane > 0 else { return }
    let all = ProjectList.allCases
    focus = all[(all.firstIndex(of: focus)! + step + all.count) % all.count]
  }

  /// Rows a page key moves: the visible rows of the focused list.
  var pageSize: Int {
    let layout = ScreenLayout(width: width, height: height)
    // The list's box takes two rows and the table's heading one.
    return max(1, ProjectPaneLayout(body: layout.body, stacked: layout.isStacked).list.height - 3)
  }

  mutating func move(by step: Int) {
    if pane == 0 {
      overviewSelection = min(max(0, overviewSelection + step), max(0, paneCount - 2))
    } else {
      select((selection(pane, focus) ?? 0) + step, in: pane, focus)
    }
  }

  mutating func move(to row: Int) {
    if pane == 0 {
      overviewSelection = min(max(0, row), max(0, paneCount - 2))
    } else {
      select(row, in: pane, focus)
    }
  }

  mutating func open() {
    if pane == 0 {
      showPane(overviewSelection + 1)
    } else if let row = selection(pane, focus) {
      overlay = .detail(DetailTarget(pane: pane, list: focus, row: row))
    }
  }

  mutating func cycleFilter() {
    let options = dimensions(pane)
    guard !options.isEmpty else {
      status = text("status.noFilter")
      return
    }
    if let current = dimensionFilter, let index = options.firstIndex(of: current) {
      dimensionFilter = index + 1 < options.count ? options[index + 1] : nil
    } else {
      dimensionFilter = options[0]
    }
    select(0, in: pane, .metrics)
  }

  mutating func performInDetail(_ action: Action, _ target: DetailTarget) -> DashboardCommand? {
    switch action {
    case .back, .open: overlay = .none
    case .quit: return .quit
    case .moveDown, .moveUp:
      let row = min(
        max(0, target.row + (action == .moveDown ? 1 : -1)), max(0, rowCount(target.pane, target.list) - 1))
      select(row, in: target.pane, target.list)
      overlay = .detail(DetailTarget(pane: target.pane, list: target.list, row: row))
    case .toggleLanguage: settings.language = language.toggled
    case .copy: return copySelection()
    case .edit: return editCommand()
    default: break
    }
    return nil
  }
}

/// Why a reload kept the last good model, in one line.
public struct ReloadError: Error, Sendable, Equatable {
  public var message: String
  public init(message: String) { self.message = message }
}
