import Foundation
import Testing

/// `summary` of several articles opens with what they say together: how many, over which dates,
/// per project the strongest figures with their article and date, and the series that changed.
@Suite struct CorpusSummaryTests {
  func folder(_ articles: [(String, String)]) throws -> String {
    let root = FileManager.default.temporaryDirectory.appending(path: "beijiang-corpus-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    for (name, text) in articles { try Data(text.utf8).write(to: root.appending(path: name)) }
    return root.path
  }

  func heating(_ date: String, _ area: String) -> String {
    "# 供热保障\n\n发布时间：\(date)\n\n呼和浩特市热力集团供热面积达到\(area)平方米，服务热用户21.72万户。\n"
  }

  @Test func aCorpusBriefCountsDatesRanksAndShowsTheChangedSeries() throws {
    let root = try folder([
      ("a.txt", heating("2024-04-18", "3300万")), ("b.txt", heating("2023-11-02", "3100万")),
    ])
    let result = try BinaryRunner.run(["summary", root, "--width", "100"])
    #expect(result.status == 0)
    let lines = result.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first == "2 篇 · 2023-11-02 – 2024-04-18")
    // The larger report first, with the date of the article it comes from.
    #expect(lines.contains { $0.contains("3300万平方米") && $0.contains("2024-04-18") })
    #expect(
      lines.contains { $0.contains("供热面积") && $0.contains("3100万平方米 2023-11-02 → 3300万平方米 2024-04-18") })
  }

  @Test func theJSONBriefCarriesTheCorpusAndOneArticleHasNone() throws {
    let root = try folder([
      ("a.txt", heating("2024-04-18", "3300万")), ("b.txt", heating("2023-11-02", "3100万")),
    ])
    let json = try BinaryRunner.run(["summary", root, "--format", "json"])
    let brief = try JSONSerialization.jsonObject(with: Data(json.stdoutText.utf8)) as! [String: Any]
    let corpus = try #require(brief["corpus"] as? [String: Any])
    #expect(corpus["articles"] as? Int == 2)
    let single = try BinaryRunner.run(["summary", "\(root)/a.txt", "--format", "json"])
    let one = try JSONSerialization.jsonObject(with: Data(single.stdoutText.utf8)) as! [String: Any]
    #expect(one["corpus"] == nil)
  }
}
