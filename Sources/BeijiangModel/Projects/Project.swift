/// A name in both interface languages.
public struct LocalizedName: Codable, Equatable, Hashable, Sendable {
  public var zh: String
  public var en: String

  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }
}

/// One of the six projects, or the overview. Defined in `Data/projects.json`.
public struct Project: Codable, Equatable, Sendable {
  public var key: String
  public var name: LocalizedName
  /// A name short enough for a tab or a chart label.
  public var short: LocalizedName
  /// A one-line description of what the project is about, for cards and briefs.
  public var summary: LocalizedName
  /// Terms that speak for this project, with their weight as evidence.
  public var terms: [String: Int]
}
