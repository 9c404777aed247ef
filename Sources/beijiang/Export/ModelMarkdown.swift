import BeijiangModel

/// The whole model of documents as one readable markdown document (`export --format markdown`):
/// per article its sections with their paragraphs, then tables of figures, dates, people,
/// organizations and places, the quotes and the initiatives.
struct ModelMarkdown {
  var catalog: ProjectCatalog = .bundled

  /// One article, without the final newline or the separator between articles (`export` writes
  /// those as it streams).
  func render(_ document: Document) -> String {
    let analysis = document.analysis
    let facts = [
      "`\(document.source.name.replacingOccurrences(of: "`", with: "'"))`", document.source.encoding.rawValue,
      document.referenceDate.map { "reference date \($0) (\(document.reference.source.rawValue))" }
        ?? "reference date unknown",
    ].compactMap { $0 }.joined(separator: " · ")
    var parts = ["# " + MarkdownText.escape(document.title), facts]
    parts += document.sections.flatMap(section)
    parts += table(
      "Figures", ["id", "surface", "value", "unit", "qualifier", "role", "subject", "counted", "project"],
      analysis.metrics.map { metric in
        let quantity = metric.quantity
        let cell = FigureFormatter.cell(quantity.figureText)
        return [
          metric.id, quantity.surface, cell.signedValue, cell.unit, quantity.qualifier?.rawValue ?? "",
          quantity.role.rawValue, quantity.subject ?? "", quantity.counted ?? "", projectName(metric.project),
        ]
      })
    parts += table(
      "Dates", ["id", "surface", "from", "to", "precision", "role", "project"],
      analysis.dates.map {
        [
          $0.id, $0.date.surface, $0.date.startDate?.iso ?? $0.date.partialStart ?? "",
          $0.date.endDate?.iso ?? $0.date.partialEnd ?? "", $0.date.precision.rawValue,
          $0.date.role?.rawValue ?? "", projectName($0.project),
        ]
      })
    parts += table(
      "People", ["name", "titles", "mentions", "projects"],
      analysis.people.map {
        [
          $0.details.name, $0.details.titles.joined(separator: "、"), "\($0.mentions.count)",
          projectNames($0.projects),
        ]
      })
    parts += table(
      "Organizations", ["name", "also", "mentions", "projects"],
      analysis.organizations.map {
        [
          $0.details.name, $0.details.aliases.joined(separator: "、"), "\($0.mentions.count)",
          projectNames($0.projects),
        ]
      })
    parts += table(
      "Places", ["name", "kind", "within", "mentions", "projects"],
      analysis.places.map {
        [
          $0.details.name, $0.details.placeKind.rawValue, $0.details.within ?? "", "\($0.mentions.count)",
          projectNames($0.projects),
        ]
      })
    if !analysis.quotes.isEmpty {
      parts.append("## Quotes")
      parts += analysis.quotes.map { quote in
        let speaker = quote.details.speaker.map { "— " + MarkdownText.escape($0.name) } ?? "— (unattributed)"
        return "> " + MarkdownText.escape(quote.details.text) + "\n>\n> " + speaker
      }
    }
    if !analysis.initiatives.isEmpty {
      parts.append("## Initiatives")
      parts.append(
        analysis.initiatives.map {
          "- " + MarkdownText.escape($0.details.name) + " (" + projectNames($0.projects) + ")"
        }.joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  /// A section's heading one level below the article's title, then its paragraphs; layout lines
  /// (banners, credits) in italics and repeats noted rather than printed twice.
  private func section(_ section: Section) -> [String] {
    var parts: [String] = []
    if !section.title.isEmpty {
      parts.append(
        String(repeating: "#", count: min(6, section.level + 1)) + " " + MarkdownText.escape(section.title))
    }
    for paragraph in section.paragraphs {
      switch paragraph.kind {
      case .body: parts.append(MarkdownText.escape(paragraph.text))
      case .banner, .credit: parts.append("*" + MarkdownText.escape(paragraph.text) + "*")
      case .duplicate: parts.append("*(repeats \(paragraph.duplicateOf ?? "an earlier paragraph"))*")
      }
    }
    return parts
  }

  private func table(_ title: String, _ header: [String], _ rows: [[String]]) -> [String] {
    guard !rows.isEmpty else { return [] }
    let lines =
      [MarkdownText.row(header), "|" + String(repeating: "---|", count: header.count)]
      + rows.map { MarkdownText.row($0.map(MarkdownText.escape)) }
    return ["## " + title, lines.joined(separator: "\n")]
  }

  private func projectName(_ key: String) -> String { catalog.project(key)?.short.zh ?? key }

  private func projectNames(_ keys: [String]) -> String { keys.map(projectName).joined(separator: "、") }
}
