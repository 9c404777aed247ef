/// The lists a project pane can focus, in the order `]` cycles through them.
public enum ProjectList: String, Sendable, CaseIterable {
  case metrics, timeline, entities, paragraphs

  var stringID: String { "list.\(rawValue)" }
}

/// How the figures list is ordered; `s` cycles.
public enum SortOrder: String, Sendable, CaseIterable {
  case text, value, unit

  var next: SortOrder {
    let all = Self.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }
}

/// Identifies one list's selection and scroll offset: a pane and a list in it.
public struct ListKey: Sendable, Hashable {
  public var pane: Int
  public var list: ProjectList
}
