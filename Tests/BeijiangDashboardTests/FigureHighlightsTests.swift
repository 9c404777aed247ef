import BeijiangModel
import Testing

@testable import BeijiangDashboard

/// What the overview reads of a digest (key figures, targets, largest per dimension, counts) is
/// kept as items arrive; it must be exactly what a walk over every item gives, however the
/// articles arrive.
@Suite struct FigureHighlightsTests {
  /// Articles whose figures tie and compete: the same subject in several articles and units, a
  /// target beside what was reached, equal values in text order, a dimension led by a later project.
  static let articles: [Document] = [
    CorpusDashboardTests.article(
      "reports/heating-plan.txt",
      "# 供热规划发布\n\n发布时间：2024-03-01\n\n### 温暖工程\n\n"
        + "到2025年，全市计划新增供热面积500万平方米，改造老旧管网120公里。\n\n"
        + "今年已新增供热面积180万平方米，改造老旧管网45公里，完成投资12亿元。\n"),
    CorpusDashboardTests.article(
      "reports/heating-money.txt",
      "# 供热投资持续加大\n\n发布时间：2024-05-20\n\n### 温暖工程\n\n"
        + "全市供热领域完成投资12亿元，新增供热面积180万平方米，热用户满意率达到96%。\n\n"
        + "计划再投资30亿元，新增供热面积600万平方米。\n"),
    CorpusDashboardTests.article(
      "reports/ports-plan.txt",
      "# 口岸扩能三年行动\n\n发布时间：2024-06-08\n\n### 口岸\n\n"
        + "二连浩特口岸计划投资80亿元，新建场站面积900万平方米，货运量力争达到2000万吨。\n\n"
        + "上半年口岸货运量达到860万吨，同比增长12%。\n"),
  ]

  static let documents = articles + CorpusDashboardTests.corpus + [DashboardFixture.seed]

  @Test(arguments: [DocumentScope.all, .document(1), .document(7)])
  func highlightsEqualAWalkOverEveryFigure(_ scope: DocumentScope) {
    let content = DashboardContent(documents: Self.documents, scope: scope)
    for digest in content.digests { expectWalked(digest) }
  }

  @Test(arguments: [1, 2, 3])
  func highlightsEqualAWalkWhenArticlesArriveInSteps(_ step: Int) {
    var content = DashboardContent(documents: [], scope: .all)
    var arrived: [Document] = []
    while arrived.count < Self.documents.count {
      let more = Self.documents[arrived.count..<min(Self.documents.count, arrived.count + step)]
      arrived += more
      content.append(arrived, from: arrived.count - more.count, scope: .all)
      for digest in content.digests { expectWalked(digest) }
    }
  }

  @Test func theSeedHasKeyFiguresTargetsAndDimensionsToCheck() {
    let content = DashboardContent(documents: Self.documents, scope: .all)
    let digests = content.digests.dropFirst()
    #expect(digests.contains { $0.keyFigures(limit: .max).count >= 3 })
    #expect(digests.contains { !$0.headlineTargets.isEmpty })
    #expect(digests.contains { $0.largestPerDimension.count >= 2 })
  }

  /// The digest's kept answers against a walk over its items, as the view made them per frame.
  func expectWalked(_ digest: ProjectDigest) {
    let headline = digest.metrics.filter { $0.metric.quantity.isHeadlineFigure }
    let ranked = KeyFigureRanking.rank(headline.map(\.metric.quantity), limit: .max).map { headline[$0] }
    #expect(digest.keyFigures(limit: .max) == ranked, "\(digest.key)")
    #expect(digest.keyFigures(limit: 2) == Array(ranked.prefix(2)), "\(digest.key)")
    #expect(digest.headlineTargets == headline.filter { $0.metric.quantity.role.isForwardLooking })
    var largest: [(dimension: String, item: MetricItem)] = []
    for item in headline {
      guard let dimension = item.metric.quantity.dimension, dimension != "count",
        let size = item.metric.quantity.magnitude
      else { continue }
      if let at = largest.firstIndex(where: { $0.dimension == dimension }) {
        if size > (largest[at].item.metric.quantity.magnitude ?? 0) { largest[at].item = item }
      } else {
        largest.append((dimension, item))
      }
    }
    #expect(digest.largestPerDimension.map(\.dimension) == largest.map(\.dimension), "\(digest.key)")
    #expect(digest.largestPerDimension.map(\.item) == largest.map(\.item), "\(digest.key)")
    for kind in EntityItem.Kind.allCases {
      let walked = digest.entities.filter { $0.kind == kind }.map(\.label)
      #expect(digest.count(kind) == walked.count)
      #expect(digest.labels(kind, first: 3) == Array(walked.prefix(3)))
    }
    #expect(digest.documentCount == Set(digest.paragraphs.map(\.document)).count)
  }
}
