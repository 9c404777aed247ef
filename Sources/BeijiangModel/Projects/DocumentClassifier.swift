/// Applies `ProjectClassifier` to a whole document: first sections (parents before children),
/// then each paragraph against its section's project. Layout lines (banner, credit) speak of no
/// project and go to the overview.
struct DocumentClassifier {
  let classifier: ProjectClassifier

  func classify(_ sections: inout [Section]) {
    var projectByID: [String: String] = [:]
    for index in sections.indices {
      let section = sections[index]
      // Each paragraph's text is matched once; the section's body evidence is the sum of them.
      let evidence = section.paragraphs.map { paragraph in
        paragraph.kind == .body || paragraph.kind == .duplicate
          ? classifier.evidence(in: paragraph.scalars[...]) : nil
      }
      var bodyEvidence = ProjectEvidence()
      for paragraphIndex in section.paragraphs.indices where section.paragraphs[paragraphIndex].kind == .body
      {
        bodyEvidence.add(evidence[paragraphIndex]!)
      }
      let project = classifier.sectionProject(
        title: section.title, body: bodyEvidence, parentProject: section.parent.flatMap { projectByID[$0] })
      sections[index].project = project
      projectByID[section.id] = project
      for paragraphIndex in section.paragraphs.indices {
        sections[index].paragraphs[paragraphIndex].project =
          evidence[paragraphIndex].map { classifier.paragraphProject($0, sectionProject: project) }
          ?? classifier.catalog.overview
      }
    }
  }
}
