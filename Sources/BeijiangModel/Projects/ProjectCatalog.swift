/// The projects and the rules that assign text to them, loaded from `Data/projects.json`.
/// See docs/data.md for the file's fields.
public struct ProjectCatalog: Codable, Equatable, Sendable {
  /// The key of the project for text that speaks of no one project (or of all of them).
  public var overview: String
  /// Evidence below this weight is weak: the text keeps the project of its context.
  public var minimumEvidence: Int
  /// The winning project needs this many times the runner-up's evidence to stand on its own.
  public var dominance: Double
  /// How much more a term weighs in a heading than in body text.
  public var titleWeight: Int
  public var projects: [Project]

  /// The catalog compiled into the binary.
  public static let bundled: ProjectCatalog = BundledFiles.readData(
    ProjectCatalog.self, named: "projects.json")

  public var keys: [String] { projects.map(\.key) }

  public func project(_ key: String) -> Project? {
    projects.first { $0.key == key }
  }
}
