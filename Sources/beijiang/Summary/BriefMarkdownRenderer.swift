import BeijiangModel

/// A brief as GitHub-flavoured markdown: a heading per article and project, the key figures as a
/// table, the dates as a list, people and places as lines.
struct BriefMarkdownRenderer {
  func render(_ brief: Brief) -> String {
    let labels = BriefLabels(brief.language)
    if brief.isEmpty { return labels.nothingMarked + "\n" }
    let blocks = brief.documents.filter { !$0.projects.isEmpty }.flatMap { document in
      header(document, labels: labels) + document.projects.map { project($0, labels: labels) }
    }
    return blocks.joined(separator: "\n\n") + "\n"
  }

  private func header(_ document: DocumentBrief, labels: BriefLabels) -> [String] {
    let facts = [
      "`\(document.source.replacingOccurrences(of: "`", with: "'"))`",
      document.referenceDate ?? MarkdownText.escape(labels.unknownReference),
    ].joined(separator: " · ")
    return ["# " + MarkdownText.escape(document.title), facts]
  }

  private func project(_ project: ProjectBrief, labels: BriefLabels) -> String {
    var parts = ["## " + MarkdownText.escape(project.name)]
    if project.headline != project.name { parts.append("*" + MarkdownText.escape(project.headline) + "*") }
    if !project.figures.isEmpty {
      let rows = project.figures.map {
        MarkdownText.row([
          "**" + MarkdownText.escape($0.spoken) + "**", MarkdownText.escape($0.about), labels.role($0),
        ])
      }
      parts.append(
        ([MarkdownText.row([labels.figure, labels.about, labels.role]), "|---|---|---|"] + rows).joined(
          separator: "\n"))
    }
    if !project.events.isEmpty {
      parts.append(
        "**\(labels.dates)**\n\n"
          + project.events.map {
            "- " + MarkdownText.escape($0.date) + labels.colon + MarkdownText.escape($0.detail)
          }
          .joined(separator: "\n"))
    }
    if !project.people.isEmpty {
      let people = project.people.map { MarkdownText.escape(labels.person($0, allTitles: true)) }
      parts.append("**\(labels.people)**" + labels.colon + people.joined(separator: labels.listSeparator))
    }
    if !project.places.isEmpty {
      parts.append(
        "**\(labels.places)**" + labels.colon
          + project.places.map(MarkdownText.escape).joined(separator: labels.listSeparator))
    }
    if !project.quotes.isEmpty {
      parts.append(
        "**\(labels.quotes)**\n\n"
          + project.quotes.map { quote in
            "> "
              + [quote.speaker, quote.text].compactMap { $0 }.map(MarkdownText.escape).joined(
                separator: labels.colon)
          }.joined(separator: "\n>\n"))
    }
    return parts.joined(separator: "\n\n")
  }
}
