/// Words that mark a figure as a plan or as done, from `Data/roles.json`.
struct RoleCueLexicon: Decodable, Sendable {
  enum Scope: String, Decodable, Sendable { case clause, sentence }
  enum Direction: String, Decodable, Sendable { case before, after }

  struct Cue: Decodable, Sendable {
    let cue: String
    let scope: Scope
    let direction: Direction
    let notAfter: [String]?
    /// Words after the cue that turn it into a report (争取上级经费 is funding obtained, not sought).
    let notBefore: [String]?
  }

  let targetCues: [Cue]
  /// 计划, 规划, 拟: what is intended (`plan`), told apart from a level to reach (`target`).
  let planCues: [Cue]
  let achievedCues: [Cue]
  /// 到/至 before a year: 到2027年 makes what follows a target when that year is not past.
  let targetYearPrefixes: [String]
  /// Verbs of things done (完成, 建成, 投入, 新增, 同比增长): a figure after one in its clause, with
  /// no plan word deciding first, is achieved; a figure after none is a standing fact (current).
  let achievedVerbs: [String]
}
