/// What a brief of several articles says across them: how many, over which dates, and per project
/// the strongest figures of all the articles (each with its article and date) and the series whose
/// reported value changed from article to article.
public struct CorpusBrief: Codable, Equatable, Sendable {
  public var articles: Int
  /// The earliest and latest reference date among the articles (ISO), when any has one.
  public var firstDate: String?
  public var lastDate: String?
  public var projects: [CorpusProjectBrief]

  public init(articles: Int, firstDate: String?, lastDate: String?, projects: [CorpusProjectBrief]) {
    self.articles = articles
    self.firstDate = firstDate
    self.lastDate = lastDate
    self.projects = projects
  }
}

public struct CorpusProjectBrief: Codable, Equatable, Sendable {
  public var key: String
  public var name: String
  public var figures: [CorpusFigure]
  /// Series of this project whose value moved, most articles first.
  public var changedSeries: [FigureSeries]
}

/// A key figure of the corpus and the article it comes from.
public struct CorpusFigure: Codable, Equatable, Sendable {
  public var figure: BriefFigure
  public var source: String
  public var title: String
  public var referenceDate: String?
}
