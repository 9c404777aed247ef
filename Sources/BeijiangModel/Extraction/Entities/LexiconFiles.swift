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
  }

  struct WordList: Decodable {
    let words: [String]
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
