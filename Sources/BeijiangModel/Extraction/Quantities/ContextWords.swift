/// Words used to find what a figure measures, from `Data/context-words.json`.
struct ContextWords: Decodable, Sendable {
  /// Verbs whose grammatical subject is what is measured (供热面积覆盖…3235万平方米).
  let measureVerbs: [String]
  /// Verbs whose object is what is measured (完成造林300万亩); alone they name it (投入1583万元).
  let actionVerbs: [String]
  /// Words that end a subject or a counted noun.
  let stopWords: [String]
  let leadingWordsToDrop: [String]
  let trailingWordsToDrop: [String]
  /// Nouns after 的 that name a figure's role, not what it measures (…1500万亩以上的任务目标).
  let notSubjects: [String]
  /// An object shorter than this after an action verb is a complement (完成好), so the verb names it.
  let minObjectLength: Int
  let maxSubjectLength: Int
  let maxCountedLength: Int
  /// Verbs that may stand alone as a label because they also name what is measured (投入1583万元
  /// → 投入); any other verb alone is no label (仅用100余天 gives none).
  let selfNamingVerbs: [String]
  /// Characters a label never starts with: time residue, prepositions and function words (份 of
  /// 5月份, 占, 拟, 将, 等, 的 …), since a label starting there was cut inside a word or clause.
  let badStartCharacters: [String]
  /// Characters a label never ends with: particles, prepositions and adverbs (了, 将, 至, 等 …).
  let badEndCharacters: [String]
  /// Verbs of going a label never ends with (自治区领导深入12盟市: the figure is where they went).
  let badEndWords: [String]
  /// What a date or figure leaves behind when it ends just before a label (5月份 → 份, 6月底 → 底).
  let timeResidueWords: [String]
  /// Verbs of change: a share after one measures the change of the figure before (进口货物2059.3万吨，
  /// 同比增长242.2% → 进口货物).
  let changeVerbs: [String]
  /// Verbs opening a share of the figure before (储量4350万吨，占全国总量的83.7% → 储量).
  let shareVerbs: [String]
  /// Characters joining the items of a list of subjects (森林覆盖率、草原植被盖度分别达到…).
  let listJoiners: [String]
  /// Words ending in 等 that are not a list's close (高等, 平等): a label is not cut after them.
  let wordsEndingInExamplesMarker: [String]
  /// Words that close a place's name into a facility (满洲里口岸, 二连浩特铁路口岸): dropped with it.
  let placeHeadWords: [String]
  /// Nouns a self-counting counter (户) still takes: 19户科技领军企业 counts 企业, 21.72万户 counts 户.
  let nounsOfSelfCounters: [String]
  /// Characters that continue a counter (辆次, 人次): alone after a counter they are not a noun.
  let counterTails: [String]
  /// Words that start with a stop word but are nouns (中心, 中欧): a phrase does not end there.
  let wordsStartingWithStopWords: [String]
  /// 分别: its figures pair, in order, with the figures listed before it.
  let respectiveWord: String
  /// Words opening a from-to pair (由, 从): the topic before a verb of reaching ends before them.
  let fromWords: [String]
  /// Objects too generic to name a figure alone; the verb stays with them (接运数量, not 数量).
  let genericObjects: [String]
  /// 级 after a unit makes the figure an attribute of the noun after it (30兆瓦级纯氢燃气轮机).
  let attributeMarker: String
  /// Words opening a comparison (比, 较): the topic before a verb ends before them (居民消费价格比上年
  /// 上涨 → 居民消费价格).
  let comparisonWords: [String]
  /// Words starting with a comparison character that are nouns or adjectives (比重, 较快): no cut there.
  let wordsStartingWithComparison: [String]
}
