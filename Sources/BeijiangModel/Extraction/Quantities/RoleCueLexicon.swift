/// Words that mark a figure as a plan or as done, from `Data/roles.json`.
struct RoleCueLexicon: Decodable, Sendable {
  enum Scope: String, Decodable, Sendable { case clause, sentence }
  enum Direction: String, Decodable, Sendable { case before, after }

  struct Cue: Decodable, Sendable {
    let cue: String
    let scope: Scope
    let direction: Direction
    let notAfter: [String]?
  }

  let targetCues: [Cue]
  let achievedCues: [Cue]
  /// 到/至 before a year: 到2027年 makes what follows a target when that year is not past.
  let targetYearPrefixes: [String]
}
