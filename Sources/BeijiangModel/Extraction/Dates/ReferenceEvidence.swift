/// How an article's reference date was found, strongest first.
public enum ReferenceSource: String, Codable, Sendable {
  /// `--reference-date`.
  case option
  /// A publication line or agency dateline (发布时间：2024-11-30, 新华社呼和浩特6月16日电).
  case dateline
  /// A `date:` line in a Markdown front matter block.
  case frontMatter = "front-matter"
  /// The text's own years (`evidence` counts the dates that voted for the year).
  case inferred
  /// Nothing in the text fixes a year.
  case unknown
}

/// The reference date of an article and how it was found.
public struct ReferenceFinding: Equatable, Sendable {
  public var date: CivilDate?
  public var source: ReferenceSource
  /// For `inferred`: how many dates named the chosen year (an anniversary counts as one).
  public var evidence: Int?

  public init(date: CivilDate?, source: ReferenceSource, evidence: Int? = nil) {
    self.date = date
    self.source = source
    self.evidence = evidence
  }

  public static let unknown = ReferenceFinding(date: nil, source: .unknown)
}

/// The vocabulary of `Data/datelines.json`: publication labels, agency datelines, front matter
/// keys and the founding years anniversaries count from (新中国成立75周年 is 2024).
struct DatelineLexicon: Decodable, Sendable {
  struct Anniversary: Decodable, Sendable {
    let word: String
    let year: Int
  }

  let publicationLabels: [String]
  let agencyEndings: [String]
  let agencyNames: [String]
  /// How far before M月D日电 the agency name may stand (新华社呼和浩特6月16日电).
  let agencyReach: Int
  let maxDatelineLength: Int
  /// How long a source's name after a publication date may be (中国新闻网).
  let maxSourceLength: Int
  /// A line this short that ends with a full date is a signature or document line.
  let maxSignatureLength: Int
  /// How many parts from the top, and from the bottom, may hold a dateline.
  let leadingParts: Int
  let trailingParts: Int
  let frontMatterFence: String
  let frontMatterKeys: [String]
  let anniversaries: [Anniversary]
  /// How many characters may stand between the event and its count (新中国成立 75 周年).
  let anniversaryGap: Int
  let anniversaryMarkers: [String]
  /// Words that make the year right after them, or right before them, a comparison base
  /// (比2000年增长3倍, 与2019年相比): the base of a comparison, not the year reported.
  let comparisonBefore: [String]
  let comparisonAfter: [String]
  /// Words that open a change from a year's figure (由2012年的21.3%提高到…, 从2012年的53.9万亿元增长到…):
  /// before a year followed by 的, that year is the base, not the year reported.
  let changeFrom: [String]

  /// A national body whose terms meet every `termYears` years from `term`'s first session in `year`.
  struct Session: Decodable, Sendable {
    let bodies: [String]
    let term: Int
    let year: Int
    let termYears: Int
  }

  let sessions: [Session]
  let sessionTermMarker: String
  let sessionMarker: String
  let sessionOrdinal: String
  /// How far after the body (or its term) the session's number may stand.
  let sessionReach: Int

  static let shared = BundledFiles.readData(DatelineLexicon.self, named: "datelines.json")
}
