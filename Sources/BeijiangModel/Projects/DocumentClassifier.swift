/// Applies `ProjectClassifier` to a whole document: first sections (parents before children),
/// then each paragraph against its section's project. Layout lines (banner, credit) speak of no
/// project and go to the overview.
struct DocumentClassifier {
  let classifier: ProjectClassifier

  func classify(_ sections: inout [Section]) {
    var projectByID: [String: String] = [:]
    for index in sections.indices {
      // The section is not copied: a copy alive while its paragraphs are assigned projects below
      // would copy its whole paragraph array, each paragraph retaining every field.
      let (evidence, bodyEvidence) = paragraphEvidence(sections[index].paragraphs)
      let project = classifier.sectionProject(
        title: sections[index].title, body: bodyEvidence,
        parentProject: sections[index].parent.flatMap { projectByID[$0] })
      sections[index].project = project
      projectByID[sections[index].id] = project
      for paragraphIndex in evidence.indices {
        sections[index].paragraphs[paragraphIndex].project =
          evidence[paragraphIndex].map { classifier.paragraphProject($0, sectionProject: project) }
          ?? classifier.catalog.overview
      }
    }
  }

  /// Each paragraph's evidence (nil for layout lines), and the sum over the body paragraphs.
  private func paragraphEvidence(_ paragraphs: [Paragraph]) -> (
    each: [ProjectEvidence?], body: ProjectEvidence
  ) {
    var each: [ProjectEvidence?] = []
    var body = ProjectEvidence()
    for paragraph in paragraphs.indices {
      let kind = paragraphs[paragraph].kind
      var found: ProjectEvidence?
      if kind == .body || kind == .duplicate {
        found = classifier.evidence(in: paragraphs[paragraph].scalars[...])
      }
      if kind == .body, let found { body.add(found) }
      each.append(found)
    }
    return (each, body)
  }
}
