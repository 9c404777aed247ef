/// Assigns sections and paragraphs to projects from weighted lexicon terms.
///
/// The rules, in order (docs/model.md explains them with the seed's cases):
/// 1. A section's heading decides when it holds clear evidence; else its body, when one project
///    dominates; else the section inherits its parent's project; else the overview.
/// 2. A paragraph takes its own project when one project dominates its text (at least
///    `minimumEvidence`, and `dominance` times any other). When two or more projects each have
///    strong evidence, the paragraph speaks of several: it keeps its section's project. Weak
///    evidence and ties keep the section's project too.
public struct ProjectClassifier: Sendable {
  public let catalog: ProjectCatalog
  private let matcher: TermMatcher<(key: String, weight: Int)>

  public init(catalog: ProjectCatalog = .bundled) {
    self.catalog = catalog
    var terms: [(String, (key: String, weight: Int))] = []
    for project in catalog.projects {
      for (term, weight) in project.terms { terms.append((term, (project.key, weight))) }
    }
    matcher = TermMatcher(terms)
  }

  func evidence(in scalars: ArraySlice<Unicode.Scalar>) -> ProjectEvidence {
    var evidence = ProjectEvidence()
    for match in matcher.matches(in: scalars) { evidence.add(match.value.key, match.value.weight) }
    return evidence
  }

  func evidence(in text: String) -> ProjectEvidence {
    evidence(in: Array(text.unicodeScalars)[...])
  }

  /// The project of a section from its heading and its paragraphs' text.
  func sectionProject(title: String, body: ProjectEvidence, parentProject: String?) -> String {
    let titleEvidence = evidence(in: title).scaled(by: catalog.titleWeight)
    if let winner = dominant(in: titleEvidence.ranked) { return winner }
    let whole = (titleEvidence + body).ranked
    if let winner = dominant(in: whole), !isBroad(whole) { return winner }
    return parentProject ?? catalog.overview
  }

  /// The project of a paragraph inside a section of project `sectionProject`.
  func paragraphProject(_ evidence: ProjectEvidence, sectionProject: String) -> String {
    let ranked = evidence.ranked
    guard !isBroad(ranked), let winner = dominant(in: ranked) else { return sectionProject }
    return winner
  }

  // Both rules below read evidence ranked (`ProjectEvidence.ranked`, a sort), which callers make
  // once for both instead of once each.

  /// The project whose evidence is strong and dominates every other, if there is one.
  private func dominant(in ranked: [(key: String, score: Int)]) -> String? {
    guard let first = ranked.first, first.score >= catalog.minimumEvidence else { return nil }
    let runnerUp = ranked.count > 1 ? ranked[1].score : 0
    guard Double(first.score) >= catalog.dominance * Double(runnerUp) else { return nil }
    return first.key
  }

  /// Whether two or more of the six projects (not the overview) each have strong evidence.
  private func isBroad(_ ranked: [(key: String, score: Int)]) -> Bool {
    var strong = 0
    for entry in ranked where entry.key != catalog.overview && entry.score >= catalog.minimumEvidence {
      strong += 1
    }
    return strong >= 2
  }
}
