import BeijiangModel
import BeijiangUI

/// How opening the editor went, as the program around the dashboard reports it.
public enum EditOutcome: Sendable, Equatable {
  /// The editor ran on the article's own file; the program reloads it.
  case edited(path: String)
  /// The article has no file (the bundled seed, standard input): the editor ran on a copy.
  case editedCopy(path: String)
  /// Neither VISUAL nor EDITOR is set.
  case noEditor
  /// The editor could not be started, or the copy not written; the reason in one line.
  case failed(String)
}

extension DashboardState {
  /// `e`: the document and line of the selected row's paragraph (the first line on the overview).
  func editCommand() -> DashboardCommand {
    guard pane > 0, let row = selection(pane, focus),
      let (document, paragraph) = selectedParagraph(focus, row: row)
    else { return .edit(document: 0, line: 1) }
    return .edit(document: document, line: line(of: paragraph, in: document))
  }

  /// Reports the editor's outcome in the hint bar.
  mutating func edited(_ outcome: EditOutcome) {
    switch outcome {
    case .edited(let path): notice = strings.format("edit.done", language, ["path": path])
    case .editedCopy(let path): notice = strings.format("edit.copy", language, ["path": path])
    case .noEditor: notice = text("edit.noEditor")
    case .failed(let reason): notice = strings.format("edit.failed", language, ["reason": reason])
    }
  }

  private func selectedParagraph(_ list: ProjectList, row: Int) -> (Int, Paragraph)? {
    let found: (document: Int, id: String)?
    switch list {
    case .metrics: found = metricRows(pane).indices.contains(row) ? metricRows(pane)[row].idPair : nil
    case .timeline:
      found =
        eventRows(pane).indices.contains(row)
        ? (eventRows(pane)[row].document, eventRows(pane)[row].event.paragraph) : nil
    case .entities:
      let rows = entityRows(pane)
      found =
        rows.indices.contains(row) ? rows[row].mentions.first.map { (rows[row].document, $0.paragraph) } : nil
    case .paragraphs:
      let rows = paragraphRows(pane)
      return rows.indices.contains(row) ? (rows[row].document, rows[row].paragraph) : nil
    }
    guard let found, let paragraph = documents[found.document].paragraph(found.id) else { return nil }
    return (found.document, paragraph)
  }

  /// The 1-based line of the paragraph's start: line ends are LF in the model, as the file's
  /// CRLF or CR lines are counted by editors.
  func line(of paragraph: Paragraph, in document: Int) -> Int {
    documents[document].source.line(at: paragraph.start)
  }
}

extension MetricItem {
  fileprivate var idPair: (Int, String) { (document, metric.paragraph) }
}
