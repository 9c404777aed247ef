/// Applies `ProjectClassifier` to a whole document: first sections (parents before children),
/// then each paragraph against its section's project. Layout lines (banner, credit) speak of no
/// project and go to the overview.
struct DocumentClassifier {
  let classifier: ProjectClassifier

  func classify(_ sections: inout [Section]) {
    var projectByID: [String: String] = [:]
    for index in sections.indices {
      let section = sections[index]
      let bodyEvidence = section.paragraphs.reduce(ProjectEvidence()) { sum, paragraph in
        paragraph.kind == .body ? sum + classifier.evidence(in: paragraph.text) : sum
      }
      let project = classifier.sectionProject(
        title: section.title, body: bodyEvidence, parentProject: section.parent.flatMap { projectByID[$0] })
      sections[index].project = project
      projectByID[section.id] = project
      for paragraphIndex in section.paragraphs.indices {
        let paragraph = section.paragraphs[paragraphIndex]
        sections[index].paragraphs[paragraphIndex].project =
          paragraph.kind == .body || paragraph.kind == .duplicate
          ? classifier.paragraphProject(classifier.evidence(in: paragraph.text), sectionProject: project)
          : classifier.catalog.overview
      }
    }
  }
}
