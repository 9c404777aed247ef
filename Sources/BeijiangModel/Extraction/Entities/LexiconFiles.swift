/// The shapes of the entity data files in `Sources/BeijiangModel/Data` (documented in docs/data.md).
enum LexiconFiles {
  struct Surnames: Decodable {
    let single: [String]
    let double: [String]
  }

  struct Titles: Decodable {
    let roles: [String]
    let honors: [String]
    let bodyPrefixes: [String]
    let afterName: [String]
  }

  struct SpeechVerbs: Decodable {
    let verbs: [String]
    let adverbs: [String]
  }

  struct PersonCues: Decodable {
    struct Enclosure: Decodable {
      let before: String
      let after: String
    }
    let after: [String]
    let strongAfter: [String]
    let enclosures: [Enclosure]
    let counters: [String]
    let groups: [String]
    let companions: [String]
    let creditsBefore: [String]
    let creditsAfter: [String]
    let visitReports: VisitReports
  }

  /// A visit told before a statement (韩军在包头市调研时表示): enough to make a name without a title.
  struct VisitReports: Decodable {
    /// Words right after the name that open the visit (在, 到, 赴).
    let openers: [String]
    /// Verbs of visiting (调研, 考察, 视察).
    let verbs: [String]
    /// Words between the visit and the verb of saying (时, 期间).
    let closers: [String]
    /// The most characters between the opener and the verb of visiting.
    let maxGap: Int
  }

  struct BoundaryWords: Decodable {
    let words: [String]
    /// Words that open a name part although their first character is a boundary word (经济 in
    /// 数字经济发展协会, 自然 in 自然资源局): a one-character boundary followed by one does not cut.
    let nameOpeners: [String]
  }

  struct NameStopwords: Decodable {
    let words: [String]
    let nonNameCharacters: String
  }

  struct Organizations: Decodable {
    struct KnownBody: Decodable {
      let name: String
      let aliases: [String]
    }
    let suffixes: [String]
    let anchoredSuffixes: [String]
    let knownBodies: [KnownBody]
    let qualifiers: [String]
    let genericBodies: [String]
    /// Verbs and prepositions a clause puts before a name (按照, 创建): never the name's start.
    let bodyNeverStartsWith: [String]
    /// Per suffix, characters that make it part of a longer word (大学 in 大学习, 集团 in 集团化).
    let suffixNotBefore: [String: [String]]
    let levelBodies: LevelBodies
    /// Words that open a clause with an example (如, 例如): never the start of a name after a break.
    let clauseOpeners: [String]
  }

  /// A level alone as a body (省统计局, 市总工会): the province or city the report is about.
  struct LevelBodies: Decodable {
    /// One-character levels (省, 市, 县, 区).
    let levels: [String]
    /// How the suffix ends for a level alone to name a body (局, 厅, 委, 总工会, 政府).
    let suffixEndings: [String]
    /// Characters before the level that make it a count or a determiner's (各市, 全省, 该县).
    let notAfter: [String]
  }

  /// The festival words of dates.json (五一, 两节): quoted, they are dates, not initiatives.
  struct Festivals: Decodable {
    struct Festival: Decodable {
      let word: String
    }
    let festivals: [Festival]
  }

  struct Gazetteer: Decodable {
    struct Entry: Decodable {
      let name: String
      let kind: PlaceKind
      let aliases: [String]?
      let notBefore: [String]?
      let within: String?
    }
    struct SuffixRule: Decodable {
      let suffix: String
      let kind: PlaceKind
      let minBody: Int
      let maxBody: Int
      let notBefore: [String]
      let notAfter: [String]
    }
    let places: [Entry]
    let suffixRules: [SuffixRule]
    let genericBodies: [String]
    let bodyNeverStartsWith: [String]
    let bodyNeverContains: [String]
    let bodyLeadingResidue: [String]
    /// Words for the way a port is crossed (铁路, 公路, 航空): a place, one of these and 口岸 is a port.
    let portKinds: [String]
  }

  struct InitiativeCues: Decodable {
    let heads: [String]
    let programmeNouns: [String]
    let launchVerbs: [String]
    let maxLength: Int
    let minLength: Int
    let nearbyNouns: [String]
    let nearbyDistance: Int
    let unquoted: UnquotedCues
  }

  /// The cues of initiatives named without quotation marks (实施科技兴蒙行动).
  struct UnquotedCues: Decodable {
    let heads: [String]
    let verbComplements: [String]
    let leadingQualifiers: [String]
    let genericBodies: [String]
    let followers: [String]
    let minBody: Int
  }
}
