import BeijiangDashboard
import BeijiangModel
import Testing

/// Articles that arrive in steps are taken in without reading the earlier ones again, and the
/// panes hold exactly what building them from all the articles at once gives.
@Suite struct ContentAppendTests {
  static let scopes: [DocumentScope] = [.all, .document(0), .document(2)]

  @Test(arguments: scopes) func appendingInStepsEqualsBuildingAtOnce(_ scope: DocumentScope) {
    let corpus = CorpusDashboardTests.corpus
    let whole = DashboardContent(documents: corpus, scope: scope)
    for first in 0..<corpus.count {
      var stepped = DashboardContent(documents: Array(corpus[..<first]), scope: scope)
      for end in first..<corpus.count {
        stepped.append(Array(corpus[...end]), from: end, scope: scope)
      }
      #expect(stepped == whole, "first step \(first)")
    }
  }
}
