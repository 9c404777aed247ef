import BeijiangModel
import BeijiangUI

extension MarksStore {
  /// Marks kept only in memory (no state directory): for tests and previews.
  public static var unsaved: MarksStore { open(environment: [:]).store }
}

/// A marked item as the marks overlay lists it: where its row is (nil when the item is no longer in
/// the text), and a label to show.
public struct MarkedRow: Sendable, Equatable {
  public var key: MarkKey
  public var document: Int
  public var pane: Int?
  public var list: ProjectList?
  public var label: String
}

extension DashboardState {
  /// `SourceText.hash`: taken on the builder's thread for an article read from a file, whose text
  /// the dashboard does not keep (`DocumentPipeline.keepsFileText`).
  static func hash(_ document: Document) -> DocumentHash {
    document.source.hash
  }

  /// The mark key of a row, in the format `summary --marked` reads: kind `metric`, `date` or
  /// `quote`, the source offsets and the surface (a quote's own text). Other rows cannot be marked.
  func markKey(_ list: ProjectList, pane: Int, row: Int) -> (document: Int, key: MarkKey)? {
    switch list {
    case .metrics:
      let rows = metricRows(pane)
      guard row < rows.count else { return nil }
      let quantity = rows[row].metric.quantity
      return (
        rows[row].document,
        MarkKey(kind: "metric", start: quantity.start, end: quantity.end, surface: quantity.surface)
      )
    case .timeline:
      let rows = eventRows(pane)
      guard row < rows.count else { return nil }
      let date = rows[row].event.date
      return (
        rows[row].document, MarkKey(kind: "date", start: date.start, end: date.end, surface: date.surface)
      )
    case .entities:
      let rows = entityRows(pane)
      guard row < rows.count, rows[row].kind == .quote, let first = rows[row].mentions.first else {
        return nil
      }
      return (
        rows[row].document,
        MarkKey(kind: "quote", start: first.start, end: first.end, surface: rows[row].label)
      )
    case .paragraphs:
      return nil
    }
  }

  func isMarked(_ list: ProjectList, pane: Int, row: Int) -> Bool {
    guard let found = markKey(list, pane: pane, row: row) else { return false }
    return marks.isMarked(found.key, in: documentHashes[found.document])
  }

  func isMarked(_ item: MetricItem) -> Bool {
    let quantity = item.metric.quantity
    let key = MarkKey(kind: "metric", start: quantity.start, end: quantity.end, surface: quantity.surface)
    return marks.isMarked(key, in: documentHashes[item.document])
  }

  /// The glyph marked rows carry: ★, or * when the theme draws with ASCII.
  var markGlyph: String { theme.glyphs == .ascii ? "*" : "★" }

  /// `text` with the mark glyph in front when the row is marked.
  func withMark(_ text: String, _ list: ProjectList, pane: Int, row: Int) -> String {
    isMarked(list, pane: pane, row: row) ? markGlyph + text : text
  }

  /// `m`: marks or unmarks the selected row and asks the program to save.
  mutating func toggleMark() -> DashboardCommand? {
    guard pane > 0, let row = selection(pane, focus), let found = markKey(focus, pane: pane, row: row) else {
      status = text("marks.cannotMark")
      return nil
    }
    let nowMarked = marks.toggle(found.key, in: documentHashes[found.document])
    status = strings.format(
      nowMarked ? "marks.marked" : "marks.unmarked", language, ["item": found.key.surface])
    return .saveMarks
  }

  /// Installs the marks read at start-up and reports, in one status line, what went wrong reading
  /// them and which marks name items no longer in the text (they are kept, not dropped).
  public mutating func attachMarks(_ store: MarksStore, problems: [MarksProblem]) {
    marks = store
    var lines = problems.map(\.message)
    let stale = staleMarks().count
    if stale > 0 { lines.append(strings.format("marks.stale", language, ["count": "\(stale)"])) }
    if !lines.isEmpty { status = lines.joined(separator: "; ") }
  }

  /// The result of a `.saveMarks` command: a failure shows in the status line; the marks stay.
  mutating func marksSaved(_ result: Result<Void, MarksProblem>) {
    if case .failure(let problem) = result { status = problem.message }
  }

  /// Every mark of the documents in scope, in pane and list order, then those whose item is gone.
  public func markedRows() -> [MarkedRow] {
    var rows: [MarkedRow] = []
    var found = Set<MarkedRowID>()
    for pane in 1..<max(1, paneCount) {
      for list in [ProjectList.metrics, .timeline, .entities] {
        for row in 0..<unfilteredCount(pane, list) {
          guard let item = unfilteredKey(list, pane: pane, row: row),
            marks.isMarked(item.key, in: documentHashes[item.document]),
            found.insert(MarkedRowID(document: item.document, key: item.key)).inserted
          else { continue }
          let label =
            "[\(tabTitles[pane])·\(text(list.stringID))] " + unfilteredLabel(list, pane: pane, row: row)
          rows.append(MarkedRow(key: item.key, document: item.document, pane: pane, list: list, label: label))
        }
      }
    }
    for (document, stale) in staleMarksByDocument() {
      for mark in stale {
        let label = "[\(text("marks.gone"))] \(mark.key.kind) \(mark.key.surface)"
        rows.append(MarkedRow(key: mark.key, document: document, pane: nil, list: nil, label: label))
      }
    }
    return rows
  }

  /// Marks whose item the extractor no longer finds in its document.
  public func staleMarks() -> [Mark] { staleMarksByDocument().flatMap(\.marks) }

  func staleMarksByDocument() -> [(document: Int, marks: [Mark])] {
    documents.indices.filter(scope.includes).compactMap { index in
      let stale = marks.staleMarks(
        in: documentHashes[index], currentItems: Self.markableItems(documents[index]))
      return stale.isEmpty ? nil : (index, stale)
    }
  }

  /// Every key a document's items can be marked under.
  static func markableItems(_ document: Document) -> Set<MarkKey> {
    let analysis = document.analysis
    var keys = Set(
      analysis.metrics.map {
        MarkKey(kind: "metric", start: $0.quantity.start, end: $0.quantity.end, surface: $0.quantity.surface)
      })
    keys.formUnion(
      analysis.dates.map {
        MarkKey(kind: "date", start: $0.date.start, end: $0.date.end, surface: $0.date.surface)
      })
    for quote in analysis.quotes {
      if let first = quote.mentions.first {
        keys.insert(MarkKey(kind: "quote", start: first.start, end: first.end, surface: quote.details.label))
      }
    }
    return keys
  }

  // The marks list ignores the figure filters, so a mark never hides behind `f` or `t`.
  private func unfilteredCount(_ pane: Int, _ list: ProjectList) -> Int {
    list == .metrics ? content.digests[pane].metrics.count : rowCount(pane, list)
  }

  private func unfilteredKey(_ list: ProjectList, pane: Int, row: Int) -> (document: Int, key: MarkKey)? {
    guard list == .metrics else { return markKey(list, pane: pane, row: row) }
    let item = content.digests[pane].metrics[row]
    let quantity = item.metric.quantity
    return (
      item.document,
      MarkKey(kind: "metric", start: quantity.start, end: quantity.end, surface: quantity.surface)
    )
  }

  private func unfilteredLabel(_ list: ProjectList, pane: Int, row: Int) -> String {
    guard list == .metrics else { return plainRowLabel(list, pane: pane, row: row) }
    let item = content.digests[pane].metrics[row]
    return [spoken(item), about(item)].filter { !$0.isEmpty }.joined(separator: " ")
  }

  /// `M`: the marks overlay. Enter jumps to the marked row (clearing filters that would hide it).
  mutating func performInMarks(_ action: Action, _ selected: Int) -> DashboardCommand? {
    let rows = markedRows()
    switch action {
    case .back, .showMarks: overlay = .none
    case .quit: return .quit
    case .moveDown: overlay = .marks(selected: min(selected + 1, max(0, rows.count - 1)))
    case .moveUp: overlay = .marks(selected: max(selected - 1, 0))
    case .mark:
      guard selected < rows.count else { return nil }
      marks.unmark(rows[selected].key, in: documentHashes[rows[selected].document])
      overlay = .marks(selected: max(0, min(selected, rows.count - 2)))
      status = strings.format("marks.unmarked", language, ["item": rows[selected].key.surface])
      return .saveMarks
    case .open:
      guard selected < rows.count else { return nil }
      let chosen = rows[selected]
      guard let pane = chosen.pane, let list = chosen.list else {
        status = text("marks.goneStatus")
        return nil
      }
      overlay = .none
      dimensionFilter = nil
      targetsOnly = false
      self.pane = pane
      focus = list
      let row = (0..<rowCount(pane, list)).first { index in
        guard let item = markKey(list, pane: pane, row: index) else { return false }
        return item.key == chosen.key && item.document == chosen.document
      }
      select(row ?? 0, in: pane, list)
    case .toggleLanguage: settings.language = language.toggled
    default: break
    }
    return nil
  }
}

private struct MarkedRowID: Hashable {
  var document: Int
  var key: MarkKey
}
