import Testing

@testable import BeijiangModel

/// Key figures need clean labels: a figure whose label is empty, repeats a figure, or is a bare
/// number is not a key figure; durations rank after counts; a marked figure's clause is never cut
/// with an ellipsis. Articles composed in news style.
@Suite struct KeyFigureLabelTests {
  static let article = """
    # 守护万家温暖 做好供暖保供

    自治区总工会连续5年开展送温暖活动，40多年来始终坚持为职工办实事。今年全区慰问困难职工1.2万户，发放慰问资金3500万元。各级工会每年慰问金额达到2亿元左右。全区热线12345系统受理职工诉求8600件。

    """

  static func figures(top: Int = 8) throws -> [BriefFigure] {
    let document = try TestFiles.document(text: article)
    let brief = BriefBuilder().build([document], options: BriefOptions(projects: ["warmth"], top: top))
    return try #require(brief.documents.first?.projects.first?.figures)
  }

  @Test func everyKeyFigureHasACleanLabel() throws {
    let figures = try Self.figures()
    #expect(!figures.isEmpty)
    for figure in figures {
      #expect(!figure.about.isEmpty, "\(figure.surface) has no label")
      #expect(!figure.about.contains("…"), "\(figure.surface): \(figure.about)")
      #expect(!figure.about.contains { $0.isNumber }, "\(figure.surface): \(figure.about)")
    }
  }

  @Test func durationsAndBareNumbersAreNoKeyFigures() throws {
    let surfaces = try Self.figures().map(\.surface)
    for weak in ["5年", "40多年", "12345"] {
      #expect(!surfaces.contains(weak), "\(weak) in \(surfaces)")
    }
    #expect(surfaces.contains("3500万元"))
  }

  @Test(arguments: [
    ("持续开展送温暖活动", 16, "持续开展送温暖活动"),
    ("慰问一线职工、困难职工家庭和新就业形态劳动者代表", 16, "慰问一线职工"),
    ("自治区总工会持续开展夏送清凉引领性慰问活动", 16, ""),
  ])
  func clausesAreCutAtAListBoundaryOrDropped(clause: String, limit: Int, expected: String) {
    #expect(BriefBuilder.context(clause, limit: limit) == expected)
  }

  @Test func aCountedNounEndsWithTheQuoteTheFigureOpened() throws {
    // The seed's 建设“两个稀土基地”产业工人在行动中: the quote closes what 两个 counts.
    let counted = try TestFiles.seed.analysis.metrics.compactMap(\.quantity.counted)
    #expect(counted.contains("稀土基地"))
    #expect(!counted.contains("稀土基地产业工人"))
  }
}
