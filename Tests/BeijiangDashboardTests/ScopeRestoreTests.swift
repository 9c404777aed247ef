import BeijiangDashboard
import BeijiangModel
import Testing

/// Going back to all articles after scoping to one restores the content kept from before, and that
/// content took in the articles that arrived meanwhile: it equals building it from all of them.
@Suite struct ScopeRestoreTests {
  static let corpus = CorpusDashboardTests.corpus

  @Test func backToAllGivesTheContentOfAllArticles() {
    var state = DashboardFixture.state(documents: Self.corpus)
    let whole = state.content
    state.setScope(.document(1))
    #expect(state.content == DashboardContent(documents: Self.corpus, scope: .document(1)))
    state.setScope(.document(2))
    #expect(state.content == DashboardContent(documents: Self.corpus, scope: .document(2)))
    state.setScope(.all)
    #expect(state.content == whole)
    #expect(state.scope == .all)
  }

  @Test func articlesArrivingWhileOneIsInScopeAreInTheRestoredContent() {
    var state = DashboardFixture.state(documents: [Self.corpus[0]])
    state.update(.loadProgress(LoadProgress(documents: [], read: 0, total: 4, finished: false)))
    _ = DashboardFixture.press(["d", "down", "enter"], on: &state)
    #expect(state.scope == .document(0))
    state.update(
      .loadProgress(LoadProgress(documents: Array(Self.corpus[1...2]), read: 3, total: 4, finished: false)))
    #expect(state.content == DashboardContent(documents: Array(Self.corpus[...2]), scope: .document(0)))
    state.update(.loadProgress(LoadProgress(documents: [Self.corpus[3]], read: 4, total: 4, finished: true)))
    _ = DashboardFixture.press(["A"], on: &state)
    #expect(state.scope == .all)
    #expect(state.content == DashboardContent(documents: Self.corpus, scope: .all))
  }

  @Test func aReloadWhileOneIsInScopeDropsTheKeptContent() {
    var state = DashboardFixture.state(documents: Self.corpus)
    state.setScope(.document(0))
    let fewer = Array(Self.corpus[..<2])
    state.replaceDocuments(fewer)
    state.setScope(.all)
    #expect(state.content == DashboardContent(documents: fewer, scope: .all))
  }
}
