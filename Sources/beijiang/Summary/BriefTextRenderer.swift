import BeijiangModel
import BeijiangUI

/// A brief as plain text for a terminal or a pipe: every line fits `width` display columns.
/// Per project: a heading, one line per key figure, then the dates, people and places wrapped with
/// a hanging indent. Colour (ANSI bold and dim) only when `colour` is set; the layout is the same.
struct BriefTextRenderer {
  var width: Int
  var colour: Bool

  /// Indent of the lines under a heading.
  static let indent = "  "
  /// The spoken figure's column is as wide as the widest figure, but never wider than this.
  static let maximumFigureColumn = 14
  /// A figure cell is at least this wide; the width decides how many fit a line.
  static let cellWidth = 36
  static let cellGap = 2
  /// Places listed per project before "等N处".
  static let maximumPlaces = 5

  func render(_ brief: Brief) -> String {
    let labels = BriefLabels(brief.language)
    if brief.isEmpty { return wrapped(labels.nothingMarked, hanging: 0).joined(separator: "\n") + "\n" }
    // Each article's block on its own, on both cores: a corpus's brief is written after its last
    // article is read, when the other core has nothing left to do.
    let shown = brief.documents.filter { !$0.projects.isEmpty }
    let blocks = ConcurrentWork.map(shown.count) { index in
      let document = shown[index]
      return (header(document, labels: labels) + document.projects.flatMap { project($0, labels: labels) })
        .joined(separator: "\n")
    }
    let corpus = brief.corpus.map {
      CorpusBriefText(width: width).lines($0, language: brief.language).joined(separator: "\n")
    }
    return ([corpus].compactMap { $0 } + blocks).joined(separator: "\n\n") + "\n"
  }

  private func header(_ document: DocumentBrief, labels: BriefLabels) -> [String] {
    let facts = [document.source, document.referenceDate ?? labels.unknownReference].joined(separator: " · ")
    return wrapped(document.title, hanging: 0).map { bold($0) } + wrapped(facts, hanging: 0).map { dim($0) }
  }

  private func project(_ project: ProjectBrief, labels: BriefLabels) -> [String] {
    let heading = "【\(project.name)】" + (project.headline == project.name ? "" : " " + project.headline)
    var lines = [DisplayWidth.truncate(heading, to: width)].map { bold($0) }
    lines += figureLines(project.figures, labels: labels)
    if !project.events.isEmpty {
      let events = project.events.map { $0.shortDate + " " + $0.summary }.joined(
        separator: labels.eventSeparator)
      lines += labelled(labels.dates, events)
    }
    let people = project.people.map { labels.person($0, allTitles: false) }.joined(
      separator: labels.listSeparator)
    let places = placeList(project.places, labels: labels)
    let who = [
      people.isEmpty ? nil : labels.people + " " + people,
      places.isEmpty ? nil : labels.places + " " + places,
    ].compactMap { $0 }
    if !who.isEmpty { lines += labelled(nil, who.joined(separator: labels.groupSeparator)) }
    for quote in project.quotes {
      lines += labelled(labels.quotes, [quote.speaker, quote.text].compactMap { $0 }.joined(separator: ": "))
    }
    return lines
  }

  /// Key figures in a grid of cells `4亿元左右  工会经费`, as many cells a line as fit in the width
  /// (two at 80 columns), in rank order across then down. What a figure counts is cut to fit its cell,
  /// never wrapped, so each figure takes one cell of one line.
  private func figureLines(_ figures: [BriefFigure], labels: BriefLabels) -> [String] {
    guard !figures.isEmpty else { return [] }
    let available = width - DisplayWidth.of(Self.indent)
    let perLine = max(1, (available + Self.cellGap) / (Self.cellWidth + Self.cellGap))
    let cell = perLine == 1 ? available : (available + Self.cellGap) / perLine - Self.cellGap
    let column = min(Self.maximumFigureColumn, figures.map { DisplayWidth.of($0.spoken) }.max() ?? 0)
    return stride(from: 0, to: figures.count, by: perLine).map { first in
      let row = figures[first..<min(first + perLine, figures.count)]
      let cells = row.enumerated().map { offset, figure in
        let text = figureCell(figure, column: column, width: cell, labels: labels)
        let isLast = offset == row.count - 1
        return isLast
          ? text.styled
          : text.styled + String(repeating: " ", count: cell - DisplayWidth.of(text.plain) + Self.cellGap)
      }
      return Self.indent + cells.joined()
    }
  }

  /// One figure cut to `width` columns, as plain text (for measuring) and styled.
  private func figureCell(_ figure: BriefFigure, column: Int, width: Int, labels: BriefLabels)
    -> (plain: String, styled: String)
  {
    let spoken = DisplayWidth.truncate(
      DisplayWidth.pad(figure.spoken, to: max(column, DisplayWidth.of(figure.spoken))), to: width)
    let about = figure.about + labels.forwardMark(figure)
    let room = width - DisplayWidth.of(spoken) - 1
    let aboutText = room > 1 ? " " + DisplayWidth.truncate(about, to: room) : ""
    return (spoken + aboutText, bold(spoken) + aboutText)
  }

  /// The first places, then how many more: 鄂尔多斯市、达拉特旗…等15处.
  private func placeList(_ places: [String], labels: BriefLabels) -> String {
    let shown = places.prefix(Self.maximumPlaces).joined(separator: labels.listSeparator)
    guard places.count > Self.maximumPlaces else { return shown }
    return shown + labels.morePlaces(places.count, shown: Self.maximumPlaces)
  }

  /// `  日程 2024年 …；…` wrapped so continuation lines start under the text, not the label.
  private func labelled(_ label: String?, _ text: String) -> [String] {
    let prefix = Self.indent + (label.map { $0 + " " } ?? "")
    let hanging = DisplayWidth.of(prefix)
    let lines = wrapped(text, hanging: hanging)
    return lines.enumerated().map { index, line in
      index == 0
        ? Self.indent + (label.map { dim($0) + " " } ?? "") + line
        : String(repeating: " ", count: hanging) + line
    }
  }

  /// `text` wrapped to the width left after `hanging` columns of indent.
  private func wrapped(_ text: String, hanging: Int) -> [String] {
    TextWrapper.wrap(TextSanitizer.sanitize(text), width: max(8, width - hanging)).map(\.text)
  }

  private func bold(_ text: String) -> String { colour ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
  private func dim(_ text: String) -> String { colour ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }
}
