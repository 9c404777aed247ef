import Testing

@testable import BeijiangModel

/// A figure told twice (in the headline and in the body) is one key figure; equal values with
/// unrelated labels are two. Articles composed in news style.
@Suite struct RetoldFigureTests {
  static func figures(_ text: String, project: String = "overview") throws -> [BriefFigure] {
    let document = try TestFiles.document(text: text)
    let brief = BriefBuilder().build([document], options: BriefOptions(projects: [project], top: 8))
    return try #require(brief.documents.first?.projects.first?.figures)
  }

  @Test func aHeadlineFigureRetoldInTheBodyIsShownOnce() throws {
    let figures = try Self.figures(
      """
      # 全盟生产总值达1386亿元

      全盟地区生产总值1386亿元，同比增长6.1%。

      """)
    #expect(figures.filter { $0.surface == "1386亿元" }.count == 1, "\(figures.map(\.surface))")
  }

  @Test func equalValuesWithUnrelatedLabelsAreTwoFigures() throws {
    let figures = try Self.figures(
      """
      # 新材料项目加快建设

      到2027年，全盟储氢材料产能达到2万吨，催化材料产能达到2万吨。

      """)
    #expect(figures.filter { $0.surface == "2万吨" }.count == 2, "\(figures.map(\.about))")
  }

  @Test func equalCountsAreTwoFigures() throws {
    let figures = try Self.figures(
      """
      # 慰问组走访边境口岸

      慰问组行程3000多公里，走访9个口岸，并投入260万元支持9个口岸工会组织建设。

      """, project: "ports")
    #expect(figures.filter { $0.surface == "9个" }.count == 2, "\(figures.map(\.about))")
  }
}
