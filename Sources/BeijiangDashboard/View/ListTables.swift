import BeijiangModel
import BeijiangUI

/// The table each project list shows: columns and cell texts, from the state's rows.
extension DashboardState {
  func table(_ list: ProjectList, pane: Int) -> TableData {
    let selected = selection(pane, list)
    let offset = self.offset(pane, list)
    switch list {
    case .metrics:
      // One figure column, written as the cards write it, so the table and the cards agree.
      let columns =
        [
          TableColumn(text("col.value"), width: .content(max: 28), alignment: .right),
          TableColumn(text("col.role"), width: .content(max: 8)),
          TableColumn(text("col.what"), width: .fill(min: 6)),
        ] + articleColumn
      let rows = metricRows(pane).enumerated().map { row, item -> [String] in
        withArticle(
          [withMark(spoken(item), .metrics, pane: pane, row: row), roleText(item), about(item)], item.document
        )
      }
      return TableData(columns: columns, rows: rows, selected: selected, offset: offset)
    case .timeline:
      let columns =
        [
          TableColumn(text("col.date"), width: .content(max: 23)),
          TableColumn(text("col.event"), width: .fill(min: 8)),
        ] + articleColumn
      let rows = eventRows(pane).enumerated().map {
        // The event's phrase says what happened; the sentence stands in when the model has none.
        withArticle(
          [withMark(dateText($1), .timeline, pane: pane, row: $0), $1.event.event ?? $1.event.sentence],
          $1.document)
      }
      return TableData(columns: columns, rows: rows, selected: selected, offset: offset)
    case .entities:
      let columns =
        [
          TableColumn(text("col.kind"), width: .content(max: 8)),
          TableColumn(text("col.name"), width: .content(max: 30)),
          TableColumn(text("col.detail"), width: .fill(min: 6)),
        ] + articleColumn
      let rows = entityRows(pane).enumerated().map {
        withArticle(
          [
            text("kind.\($1.kind.rawValue)"), withMark($1.label, .entities, pane: pane, row: $0),
            entityDetail($1),
          ], $1.document)
      }
      return TableData(columns: columns, rows: rows, selected: selected, offset: offset)
    case .paragraphs:
      let columns =
        [
          TableColumn(text("col.paragraph"), width: .content(max: 6)),
          TableColumn(text("col.event"), width: .fill(min: 8)),
        ] + articleColumn
      let rows = paragraphRows(pane).map { withArticle([$0.paragraph.id, $0.paragraph.text], $0.document) }
      return TableData(columns: columns, rows: rows, selected: selected, offset: offset)
    }
  }

  /// The label of a row, for search results, detail neighbours and the hint of what is selected.
  func rowLabel(_ list: ProjectList, pane: Int, row: Int) -> String {
    withMark(plainRowLabel(list, pane: pane, row: row), list, pane: pane, row: row)
  }

  func plainRowLabel(_ list: ProjectList, pane: Int, row: Int) -> String {
    switch list {
    case .metrics:
      let rows = metricRows(pane)
      guard row < rows.count else { return "" }
      return [spoken(rows[row]), about(rows[row])].filter { !$0.isEmpty }.joined(separator: " ")
    case .timeline:
      let rows = eventRows(pane)
      return row < rows.count
        ? "\(dateText(rows[row])) \(rows[row].event.event ?? rows[row].event.sentence)" : ""
    case .entities:
      let rows = entityRows(pane)
      return row < rows.count ? "\(text("kind.\(rows[row].kind.rawValue)")) \(rows[row].label)" : ""
    case .paragraphs:
      let rows = paragraphRows(pane)
      return row < rows.count ? rows[row].paragraph.text : ""
    }
  }

  /// The paragraph and highlighted source span a row points at, for the context panel and detail.
  func source(_ list: ProjectList, pane: Int, row: Int) -> (
    document: Int, paragraph: String, span: Range<Int>?
  )? {
    switch list {
    case .metrics:
      let rows = metricRows(pane)
      guard row < rows.count else { return nil }
      let quantity = rows[row].metric.quantity
      return (rows[row].document, rows[row].metric.paragraph, quantity.start..<quantity.end)
    case .timeline:
      let rows = eventRows(pane)
      guard row < rows.count else { return nil }
      let date = rows[row].event.date
      return (rows[row].document, rows[row].event.paragraph, date.start..<date.end)
    case .entities:
      let rows = entityRows(pane)
      guard row < rows.count,
        let first = rows[row].mentions.first(where: { mention in
          paragraphRows(pane).contains { $0.paragraph.id == mention.paragraph }
        }) ?? rows[row].mentions.first
      else { return nil }
      return (rows[row].document, first.paragraph, first.start..<first.end)
    case .paragraphs:
      let rows = paragraphRows(pane)
      guard row < rows.count else { return nil }
      return (rows[row].document, rows[row].paragraph.id, nil)
    }
  }

  func paragraph(document: Int, id: String) -> (paragraph: Paragraph, section: Section)? {
    guard document < documents.count else { return nil }
    for section in documents[document].sections {
      if let paragraph = section.paragraphs.first(where: { $0.id == id }) { return (paragraph, section) }
    }
    return nil
  }

  /// A highlight over the source span, in the paragraph's own text offsets.
  func highlights(_ paragraph: Paragraph, span: Range<Int>?) -> [Highlight] {
    guard let span, let start = paragraph.textOffset(forSourceOffset: span.lowerBound),
      let end = paragraph.textOffset(forSourceOffset: span.upperBound), end > start
    else { return [] }
    return [Highlight(scalarOffsets: start..<end, style: theme.highlight)]
  }
}
