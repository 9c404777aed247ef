/// Applies `ProjectClassifier` to a whole document: first sections (parents before children),
/// then each paragraph against its section's project. Layout lines (banner, credit) speak of no
/// project and go to the overview.
struct DocumentClassifier {
  let classifier: ProjectClassifier

  /// `identicalTexts` numbers the paragraphs in document order: a paragraph whose text is
  /// identical to an earlier one's reuses that one's evidence instead of matching its text again.
  func classify(_ sections: inout [Section], identicalTexts: IdenticalTexts) {
    var projectByID: [String: String] = [:]
    var evidenceByNumber: [ProjectEvidence?] = []
    evidenceByNumber.reserveCapacity(identicalTexts.count)
    for index in sections.indices {
      // Read through `sections[index]`, never a copy of the section: a copy alive while its
      // paragraphs are assigned projects below would make every paragraph array copy itself.
      let evidence = sections[index].paragraphs.map { paragraph in
        let evidence = paragraphEvidence(
          paragraph, firstCopy: identicalTexts.first(withTextOf: evidenceByNumber.count),
          known: evidenceByNumber)
        evidenceByNumber.append(evidence)
        return evidence
      }
      // The section's body evidence is the sum of its body paragraphs'.
      var bodyEvidence = ProjectEvidence()
      for (paragraph, found) in zip(sections[index].paragraphs, evidence) where paragraph.kind == .body {
        bodyEvidence.add(found!)
      }
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

  /// The evidence in a body or repeated paragraph (nil for layout lines): its first copy's, when
  /// that was worked out, else matched in its text.
  private func paragraphEvidence(_ paragraph: Paragraph, firstCopy: Int, known: [ProjectEvidence?])
    -> ProjectEvidence?
  {
    guard paragraph.kind == .body || paragraph.kind == .duplicate else { return nil }
    if firstCopy < known.count, let evidence = known[firstCopy] { return evidence }
    return classifier.evidence(in: paragraph.scalars[...])
  }
}
