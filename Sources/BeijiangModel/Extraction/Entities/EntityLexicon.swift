/// The entity data files, loaded once and turned into tries for longest-match lookups.
///
/// A class, so that the finders, contexts and extents that keep it (one per paragraph, suffix or
/// mention) share one reference: as a struct of some thirty tries, every copy retained and released
/// about 130 arrays (docs/performance.md, "Session 10: one text type").
final class EntityLexicon: Sendable {
  /// A gazetteer entry as the place finder needs it.
  struct GazetteerPlace: Sendable {
    let name: String
    let kind: PlaceKind
    let within: String?
    let notBefore: [String]
  }

  /// A suffix rule for places the gazetteer lacks (…苏木, …嘎查).
  struct PlaceSuffixRule: Sendable {
    let suffix: String
    let kind: PlaceKind
    let bodyLength: ClosedRange<Int>
    let notBefore: [String]
    let notAfter: [String]
  }

  /// Words around a name that enclose it (包括…在内, 以…为代表), as scalars: they are compared at every
  /// offset of the document, and counting a String's scalars each time was a measurable cost.
  struct Enclosure: Sendable {
    let before: [Unicode.Scalar]
    let after: [Unicode.Scalar]
  }

  static let shared = EntityLexicon()

  let surnames: WordTrie<Bool>
  /// Roles and honours, matched backwards from the start of a name.
  let titlesEndingAt: WordTrie<Bool>
  let titles: WordTrie<Bool>
  let titleBodyPrefixesEndingAt: WordTrie<Bool>
  let titlesAfterName: WordTrie<Bool>
  let speechVerbs: WordTrie<Bool>
  let speechVerbsEndingAt: WordTrie<Bool>
  let speechAdverbs: WordTrie<Bool>
  let speechAdverbsEndingAt: WordTrie<Bool>
  let personCuesAfter: WordTrie<Bool>
  let strongPersonCuesAfter: WordTrie<Bool>
  let enclosures: [Enclosure]
  let counters: Set<String>
  let groups: WordTrie<Bool>
  let companions: WordTrie<Bool>
  let nameStopwords: WordTrie<Bool>
  /// Byline words before a reporter's name (记者, 通讯员, 新华社记者) and after it (摄, 报道).
  let creditsBefore: WordTrie<Bool>
  let creditsAfter: WordTrie<Bool>
  /// Characters that never belong to a name (的, 在, 了 …).
  let nonNameScalars: ScalarBitSet
  /// The scalars a title, a name stopword, a group (检查组) or a surname starts with: at any other
  /// offset the Han name finder has nothing to read.
  let hanNameStartScalars: ScalarBitSet
  /// The scalars a cue after a name starts with (说, 一行, 总书记, a speech adverb such as 也, a
  /// visit's opener such as 到): at any other offset `PersonContext.strengthAfter` finds none of them.
  let personCueAfterStartScalars: ScalarBitSet
  /// The scalars a title or an enclosure's first word (包括, 以) ends with: the non-Han name finder's
  /// title and enclosure cues need one right before the name.
  let titleAndEnclosureEndScalars: ScalarBitSet
  /// The scalars a companion cue (和他的, 一家) starts with.
  let companionStartScalars: ScalarBitSet
  /// The scalars an enclosure's closing word (在内, 为代表) starts with.
  let enclosureAfterStartScalars: ScalarBitSet
  /// The most scalars a surname has (2: 欧阳): a Han name ends at most this plus two after its start.
  let longestSurname: Int
  /// Words a name of an organisation or place never starts with, matched backwards.
  let boundaryWordsEndingAt: WordTrie<Bool>
  /// Words that open a name part though their first character is a one-character boundary word
  /// (经济, 自然, 对外): matched forwards where that character stands.
  let nameOpeners: WordTrie<Bool>
  let organizationSuffixesEndingAt: WordTrie<Bool>
  /// Suffixes that are also common nouns (工会, 党委): a name ending in one needs a place, a qualifier
  /// or another organisation in its body (包头市总工会, 集团工会), not just any words.
  let anchoredOrganizationSuffixes: Set<String>
  /// Known bodies: any of their names maps to the canonical name.
  let knownBodies: WordTrie<String>
  let organizationQualifiers: WordTrie<Bool>
  let genericOrganizationBodies: WordTrie<Bool>
  /// Words that open a clause before a name (按照, 创建), skipped at the start of a body.
  let organizationLeadingWords: WordTrie<Bool>
  /// Per organisation suffix, the characters after it that make it part of a longer word (大学习).
  let organizationSuffixNotBefore: [String: Set<Unicode.Scalar>]
  /// Characters a date leaves before a name (年 of 2024年包头…), skipped after a digit.
  let dateResidue: Set<Unicode.Scalar>
  /// Office titles (主席, 市长), which an organisation's body never holds: 自治区主席王莉霞作政府 is a
  /// person's title and name before a verb, not a body.
  let officeRoles: WordTrie<Bool>
  /// Festival words (五一, 两节), which name dates even in quotation marks.
  let festivalWords: Set<String>
  let places: WordTrie<GazetteerPlace>
  let placeSuffixRulesEndingAt: WordTrie<PlaceSuffixRule>
  let genericPlaceBodies: WordTrie<Bool>
  /// Characters a suffix-rule place never starts with (年, 占, 拟, 全 …: 年全市, 占全市, 拟上市 are
  /// fragments of a clause, not names) and words it never contains (全, 该, 局 …).
  let placeBodyBadStarts: Set<Unicode.Scalar>
  let placeBodyBadWords: [[Unicode.Scalar]]
  /// What a date leaves before a name (份 of 5月份巴音宝力格镇): skipped, not part of the name.
  let placeBodyResidue: Set<Unicode.Scalar>
  let initiativeHeadsEndingAt: WordTrie<Bool>
  let programmeNouns: WordTrie<Bool>
  let launchVerbsEndingAt: WordTrie<Bool>
  /// Nouns that name a quoted phrase's campaign from a few characters on (“五小”等群众性技术创新活动,
  /// “走边关”下基层慰问演出), within `nearbyProgrammeDistance` characters of one clause.
  let nearbyProgrammeNouns: WordTrie<Bool>
  let nearbyProgrammeDistance: Int
  let initiativeLength: ClosedRange<Int>
  /// Unquoted initiatives (实施科技兴蒙行动): see `CueHeadedInitiativeFinder`.
  let launchVerbs: WordTrie<Bool>
  let unquotedHeads: WordTrie<Bool>
  let launchVerbComplements: Set<Unicode.Scalar>
  let initiativeLeadingQualifiers: WordTrie<Bool>
  let genericInitiativeBodies: WordTrie<Bool>
  let initiativeFollowers: WordTrie<Bool>
  let unquotedMinBody: Int
  /// A level alone before a department's suffix (省统计局, 市总工会): see `LexiconFiles.LevelBodies`.
  let organizationLevels: Set<Unicode.Scalar>
  let levelSuffixEndings: [String]
  let levelNotAfter: Set<Unicode.Scalar>
  /// Words opening a clause with an example (如东风汽车集团…): skipped at a name's start after a break.
  let clauseOpeners: WordTrie<Bool>
  /// Ways a port is crossed (铁路, 公路): a gazetteer place, one of these and `portSuffix` is a port.
  let portKinds: WordTrie<Bool>
  let portSuffix: [Unicode.Scalar]
  /// A visit told before a statement (韩军在包头市调研时表示): see `LexiconFiles.VisitReports`.
  let visitOpeners: WordTrie<Bool>
  let visitVerbs: WordTrie<Bool>
  let visitClosers: WordTrie<Bool>
  let visitMaxGap: Int

  private init() {
    let surnames = BundledFiles.readData(LexiconFiles.Surnames.self, named: "surnames.json")
    self.surnames = WordTrie(words: surnames.single + surnames.double, value: true)

    let titles = BundledFiles.readData(LexiconFiles.Titles.self, named: "titles.json")
    titlesEndingAt = WordTrie(words: titles.roles + titles.honors, value: true, reversed: true)
    self.titles = WordTrie(words: titles.roles + titles.honors, value: true)
    titleBodyPrefixesEndingAt = WordTrie(words: titles.bodyPrefixes, value: true, reversed: true)
    titlesAfterName = WordTrie(words: titles.afterName, value: true)

    let speech = BundledFiles.readData(LexiconFiles.SpeechVerbs.self, named: "speech-verbs.json")
    speechVerbs = WordTrie(words: speech.verbs, value: true)
    speechVerbsEndingAt = WordTrie(words: speech.verbs, value: true, reversed: true)
    speechAdverbs = WordTrie(words: speech.adverbs, value: true)
    speechAdverbsEndingAt = WordTrie(words: speech.adverbs, value: true, reversed: true)

    let cues = BundledFiles.readData(LexiconFiles.PersonCues.self, named: "person-cues.json")
    personCuesAfter = WordTrie(words: cues.after, value: true)
    creditsBefore = WordTrie(words: cues.creditsBefore, value: true)
    creditsAfter = WordTrie(words: cues.creditsAfter, value: true)
    strongPersonCuesAfter = WordTrie(words: cues.strongAfter, value: true)
    enclosures = cues.enclosures.map {
      Enclosure(before: Array($0.before.unicodeScalars), after: Array($0.after.unicodeScalars))
    }
    // An empty word would open or close an enclosure at every offset, which the bit sets of first and
    // last scalars cannot say; the tests load the bundled file, so a bad edit fails there.
    precondition(
      cues.enclosures.allSatisfy { !$0.before.isEmpty && !$0.after.isEmpty },
      "person-cues.json: every enclosure needs a word before and a word after the name")
    counters = Set(cues.counters)
    groups = WordTrie(words: cues.groups, value: true)
    companions = WordTrie(words: cues.companions, value: true)
    visitOpeners = WordTrie(words: cues.visitReports.openers, value: true)
    visitVerbs = WordTrie(words: cues.visitReports.verbs, value: true)
    visitClosers = WordTrie(words: cues.visitReports.closers, value: true)
    visitMaxGap = cues.visitReports.maxGap

    let stopwords = BundledFiles.readData(
      LexiconFiles.NameStopwords.self, named: "name-stopwords.json")
    nameStopwords = WordTrie(words: stopwords.words, value: true)
    nonNameScalars = ScalarBitSet(stopwords.nonNameCharacters.unicodeScalars)
    hanNameStartScalars = ScalarBitSet.firstScalars(
      of: titles.roles + titles.honors + stopwords.words + surnames.single + surnames.double
        + cues.groups)
    personCueAfterStartScalars = ScalarBitSet.firstScalars(
      of: cues.after + cues.strongAfter + titles.afterName + speech.adverbs + speech.verbs
        + cues.visitReports.openers)
    companionStartScalars = ScalarBitSet.firstScalars(of: cues.companions)
    enclosureAfterStartScalars = ScalarBitSet.firstScalars(of: cues.enclosures.map { $0.after })
    longestSurname = (surnames.single + surnames.double).map(\.unicodeScalars.count).max() ?? 0
    titleAndEnclosureEndScalars = ScalarBitSet.lastScalars(
      of: titles.roles + titles.honors + cues.enclosures.map { $0.before })
    let boundaries = BundledFiles.readData(
      LexiconFiles.BoundaryWords.self, named: "boundary-words.json")
    boundaryWordsEndingAt = WordTrie(words: boundaries.words, value: true, reversed: true)
    nameOpeners = WordTrie(words: boundaries.nameOpeners, value: true)

    let organizations = BundledFiles.readData(
      LexiconFiles.Organizations.self, named: "organizations.json")
    organizationSuffixesEndingAt = WordTrie(
      words: organizations.suffixes, value: true, reversed: true)
    var bodies = WordTrie<String>()
    for body in organizations.knownBodies {
      for name in [body.name] + body.aliases { bodies.insert(name, value: body.name) }
    }
    knownBodies = bodies
    anchoredOrganizationSuffixes = Set(organizations.anchoredSuffixes)
    organizationQualifiers = WordTrie(words: organizations.qualifiers, value: true)
    genericOrganizationBodies = WordTrie(words: organizations.genericBodies, value: true)
    organizationLeadingWords = WordTrie(words: organizations.bodyNeverStartsWith, value: true)
    organizationSuffixNotBefore = organizations.suffixNotBefore.mapValues {
      Set($0.compactMap { $0.unicodeScalars.first })
    }
    organizationLevels = Set(organizations.levelBodies.levels.compactMap { $0.unicodeScalars.first })
    levelSuffixEndings = organizations.levelBodies.suffixEndings
    levelNotAfter = Set(organizations.levelBodies.notAfter.compactMap { $0.unicodeScalars.first })
    clauseOpeners = WordTrie(words: organizations.clauseOpeners, value: true)
    // 委员, 常委 and 代表 also name bodies (委员会, 常委会, 代表处), so they do not count as offices here.
    officeRoles = WordTrie(
      words: titles.roles.filter { !["委员", "常委", "代表"].contains($0) }, value: true)
    festivalWords = Set(
      BundledFiles.readData(LexiconFiles.Festivals.self, named: "dates.json").festivals.map { $0.word })

    let gazetteer = LexiconFiles.Gazetteer.bundled
    var places = WordTrie<GazetteerPlace>()
    for entry in gazetteer.places {
      let place = GazetteerPlace(
        name: entry.name, kind: entry.kind, within: entry.within, notBefore: entry.notBefore ?? [])
      for name in [entry.name] + (entry.aliases ?? []) { places.insert(name, value: place) }
    }
    self.places = places
    var rules = WordTrie<PlaceSuffixRule>(reversed: true)
    for rule in gazetteer.suffixRules {
      rules.insert(
        rule.suffix,
        value: PlaceSuffixRule(
          suffix: rule.suffix, kind: rule.kind, bodyLength: rule.minBody...rule.maxBody,
          notBefore: rule.notBefore, notAfter: rule.notAfter))
    }
    placeSuffixRulesEndingAt = rules
    genericPlaceBodies = WordTrie(words: gazetteer.genericBodies, value: true)
    placeBodyBadStarts = Set(gazetteer.bodyNeverStartsWith.compactMap { $0.unicodeScalars.first })
    placeBodyBadWords = gazetteer.bodyNeverContains.map { Array($0.unicodeScalars) }
    placeBodyResidue = Set(gazetteer.bodyLeadingResidue.compactMap { $0.unicodeScalars.first })
    dateResidue = placeBodyResidue
    portKinds = WordTrie(words: gazetteer.portKinds, value: true)
    portSuffix = Array((gazetteer.suffixRules.first { $0.kind == .port }?.suffix ?? "口岸").unicodeScalars)

    let initiatives = BundledFiles.readData(
      LexiconFiles.InitiativeCues.self, named: "initiative-cues.json")
    initiativeHeadsEndingAt = WordTrie(words: initiatives.heads, value: true, reversed: true)
    programmeNouns = WordTrie(words: initiatives.programmeNouns, value: true)
    launchVerbsEndingAt = WordTrie(words: initiatives.launchVerbs, value: true, reversed: true)
    initiativeLength = initiatives.minLength...initiatives.maxLength
    nearbyProgrammeNouns = WordTrie(words: initiatives.nearbyNouns, value: true)
    nearbyProgrammeDistance = initiatives.nearbyDistance
    let unquoted = initiatives.unquoted
    launchVerbs = WordTrie(words: initiatives.launchVerbs, value: true)
    unquotedHeads = WordTrie(words: unquoted.heads, value: true)
    launchVerbComplements = Set(unquoted.verbComplements.compactMap { $0.unicodeScalars.first })
    initiativeLeadingQualifiers = WordTrie(words: unquoted.leadingQualifiers, value: true)
    genericInitiativeBodies = WordTrie(words: unquoted.genericBodies, value: true)
    initiativeFollowers = WordTrie(words: unquoted.followers, value: true)
    unquotedMinBody = unquoted.minBody
  }

  /// Whether `scalars` can be cut entirely into words of `dictionary` (greedy longest match, with a
  /// fallback to shorter words) — how a body made only of generic words (各级, 企业) is recognised.
  static func isComposed(of dictionary: WordTrie<Bool>, _ scalars: [Unicode.Scalar]) -> Bool {
    guard !scalars.isEmpty else { return true }
    var reachable = [Bool](repeating: false, count: scalars.count + 1)
    reachable[0] = true
    for start in 0..<scalars.count where reachable[start] {
      for match in dictionary.matches(in: scalars, at: start) {
        reachable[start + match.length] = true
      }
    }
    return reachable[scalars.count]
  }
}
