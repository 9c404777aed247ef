import BeijiangModel

/// A brief as a presenterm deck: slides are separated by `<!-- end_slide -->`; a setext heading
/// (`===`) is a slide's title. Per article a title slide, then a slide per project with its key
/// figures, its gauges towards targets and its dates. Written by hand because it is a few lines
/// of markdown: no library makes presenterm decks.
struct BriefSlidesRenderer {
  static let separator = "<!-- end_slide -->"

  let documents: [Document]

  func render(_ brief: Brief) -> String {
    let labels = BriefLabels(brief.language)
    if brief.isEmpty { return labels.nothingMarked + "\n" }
    var slides: [String] = []
    for (index, document) in brief.documents.enumerated() where !document.projects.isEmpty {
      slides.append(titleSlide(document))
      let source = index < documents.count ? [documents[index]] : documents
      slides += document.projects.map { projectSlide($0, source: source, brief: brief, labels: labels) }
    }
    return slides.joined(separator: "\n\n\(Self.separator)\n\n") + "\n"
  }

  private func titleSlide(_ document: DocumentBrief) -> String {
    let facts = ["`\(document.source.replacingOccurrences(of: "`", with: "'"))`", document.referenceDate]
      .compactMap { $0 }.joined(separator: " · ")
    return ["<!-- jump_to_middle -->", heading(document.title), facts].joined(separator: "\n\n")
  }

  private func projectSlide(
    _ project: ProjectBrief, source: [Document], brief: Brief, labels: BriefLabels
  ) -> String {
    var parts = [heading(project.name)]
    if project.headline != project.name { parts.append("*" + MarkdownText.escape(project.headline) + "*") }
    if !project.figures.isEmpty {
      parts.append(
        "## \(labels.figures)\n\n"
          + project.figures.map {
            "- **\(MarkdownText.escape($0.spoken))** \(MarkdownText.escape($0.about))"
              + labels.forwardMark($0)
          }.joined(separator: "\n"))
    }
    let gauges = TargetGauge.gauges(project: project.key, in: source, language: brief.language)
    if !gauges.isEmpty {
      parts.append(
        "## \(brief.language == .zh ? "目标进度" : "Towards the target")\n\n```text\n"
          + gauges.map(\.line).joined(separator: "\n") + "\n```")
    }
    if !project.events.isEmpty {
      parts.append(
        "## \(labels.dates)\n\n"
          + project.events.map { "- **\(MarkdownText.escape($0.date))** \(MarkdownText.escape($0.detail))" }
          .joined(separator: "\n"))
    }
    return parts.joined(separator: "\n\n")
  }

  /// A slide title: presenterm takes a setext heading as the slide's title.
  private func heading(_ text: String) -> String {
    let line = MarkdownText.escape(text)
    return line + "\n" + String(repeating: "=", count: 3)
  }
}
