import BeijiangModel
import BeijiangUI

/// The Documents pane (`d`): one row per article, sorted and filtered as the reader asks, or the
/// series that run across the articles. Its first row stands for all articles.
public struct DocumentsPane: Sendable, Equatable {
  public enum Sort: String, Sendable, CaseIterable {
    case input, date, title, size

    var next: Sort { Sort.allCases[(Sort.allCases.firstIndex(of: self)! + 1) % Sort.allCases.count] }
  }

  public enum Page: Sendable, Equatable {
    case articles
    case series
  }

  public var selected = 0
  public var filter = ""
  public var sort: Sort = .input
  public var page: Page = .articles
  /// The series across the articles, found when the series page is first shown.
  public var series: [FigureSeries]?

  public init() {}

  /// The documents shown, as indices into `documents`: those whose title or file holds the filter,
  /// in the chosen order (input order on a tie, so every sort is stable).
  public func rows(_ documents: [Document]) -> [Int] {
    let needle = filter.lowercased()
    var rows = documents.indices.filter { index in
      needle.isEmpty || documents[index].title.lowercased().contains(needle)
        || documents[index].source.name.lowercased().contains(needle)
    }
    switch sort {
    case .input: break
    case .date:
      rows.sort { (documents[$0].referenceDate ?? "~", $0) < (documents[$1].referenceDate ?? "~", $1) }
    case .title: rows.sort { (documents[$0].title, $0) < (documents[$1].title, $1) }
    case .size:
      rows.sort { (-documents[$0].source.count, $0) < (-documents[$1].source.count, $1) }
    }
    return rows
  }

  /// How many rows can be chosen: the "all articles" row and the documents, or the series.
  func choices(_ documents: [Document]) -> Int {
    page == .articles ? rows(documents).count + 1 : (series?.count ?? 0)
  }
}

extension DashboardState {
  /// Typing in the Documents pane filters the articles; Backspace takes a character back.
  mutating func handleDocumentsTyping(_ key: Key) -> Bool {
    guard case .documents(var pane) = overlay, pane.page == .articles else { return false }
    switch key {
    case .character(let character):
      pane.filter.append(character)
    case .backspace, .delete:
      guard !pane.filter.isEmpty else { return true }
      pane.filter.removeLast()
    default:
      return false
    }
    pane.selected = 0
    overlay = .documents(pane)
    return true
  }

  mutating func performInDocuments(_ action: Action, _ pane: DocumentsPane) -> DashboardCommand? {
    var pane = pane
    let count = pane.choices(documents)
    switch action {
    case .back:
      if !pane.filter.isEmpty {
        pane.filter = ""
        pane.selected = 0
      } else {
        overlay = .none
        return nil
      }
    case .quit: return .quit
    case .moveDown: pane.selected = min(pane.selected + 1, max(0, count - 1))
    case .moveUp: pane.selected = max(pane.selected - 1, 0)
    case .pageDown: pane.selected = min(pane.selected + 10, max(0, count - 1))
    case .pageUp: pane.selected = max(pane.selected - 10, 0)
    case .cycleSort: pane.sort = pane.sort.next
    case .nextList, .previousList:
      pane.page = pane.page == .articles ? .series : .articles
      pane.selected = 0
      if pane.page == .series && pane.series == nil { pane.series = SeriesFinder.series(in: documents) }
    case .open:
      guard pane.page == .articles else { break }
      let rows = pane.rows(documents)
      setScope(pane.selected == 0 || pane.selected > rows.count ? .all : .document(rows[pane.selected - 1]))
      overlay = .none
      return nil
    case .allDocuments:
      setScope(.all)
      overlay = .none
      return nil
    default: break
    }
    overlay = .documents(pane)
    return nil
  }
}
