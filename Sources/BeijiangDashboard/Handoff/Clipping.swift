import BeijiangModel
import BeijiangUI

extension Action {
  /// Copy the selected figure, date or quote, with its sentence, title and date, to the clipboard.
  public static let copy: Action = "copy"
  /// Open the article in the user's editor at the selected paragraph.
  public static let edit: Action = "edit"
}

extension DashboardState {
  /// `y`: the selected figure, date or quote as the clipboard gets it, or a note why not.
  mutating func copySelection() -> DashboardCommand? {
    guard settings.clipboard else {
      notice = text("copy.off")
      return nil
    }
    guard pane > 0, let row = selection(pane, focus), let clip = clipping(focus, pane: pane, row: row) else {
      notice = text("copy.nothing")
      return nil
    }
    notice = strings.format("copy.done", language, ["item": clip.item])
    return .copy(clip.text)
  }

  /// The item and the text to copy: the item, its source sentence, then the article's title and
  /// date, one a line, so it pastes as a self-contained citation.
  func clipping(_ list: ProjectList, pane: Int, row: Int) -> (item: String, text: String)? {
    let found: (document: Int, item: String, sentence: String)?
    switch list {
    case .metrics:
      let item = metricRows(pane)[row]
      found = (item.document, item.metric.quantity.surface, item.metric.sentence)
    case .timeline:
      let item = eventRows(pane)[row]
      found = (item.document, item.event.date.surface, item.event.sentence)
    case .entities:
      let item = entityRows(pane)[row]
      guard item.kind == .quote, let mention = item.mentions.first else { return nil }
      found = (item.document, item.label, sentence(of: mention, in: item.document) ?? item.label)
    case .paragraphs:
      found = nil
    }
    guard let found else { return nil }
    let document = documents[found.document]
    let source = [document.title, document.referenceDate].compactMap { $0 }.filter { !$0.isEmpty }
    let lines = [found.item, found.sentence, source.joined(separator: " · ")].filter { !$0.isEmpty }
    return (found.item, lines.joined(separator: "\n"))
  }

  private func sentence(of mention: MentionPlace, in document: Int) -> String? {
    guard let paragraph = documents[document].paragraph(mention.paragraph),
      let offset = paragraph.textOffset(forSourceOffset: mention.start),
      let span = paragraph.sentence(containing: offset)
    else { return nil }
    return String(String.UnicodeScalarView(paragraph.scalars[span.start..<span.end]))
  }
}
