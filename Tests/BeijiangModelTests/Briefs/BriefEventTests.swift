import Testing

@testable import BeijiangModel

/// The brief's dated events are notes a person would take: the event read at the date's own
/// place, never a dateline's or a comparison's date, never a clause clipped mid-word. An article
/// composed in news style.
@Suite struct BriefEventTests {
  static let article = """
    # 口岸货运量稳步增长

    本报满洲里5月20日电（记者王某）记者20日从满洲里海关获悉，今年前4个月口岸进出口货运量达到612.5万吨，比上年同期增长8.3%。

    """

  static func events() throws -> [BriefEvent] {
    let document = try TestFiles.document(text: article)
    let brief = BriefBuilder().build([document], options: BriefOptions(projects: ["ports"], top: 8))
    return try #require(brief.documents.first?.projects.first?.events)
  }

  @Test func theReportersDateTakesWhatFollowsTheDateline() throws {
    let summaries = try Self.events().map(\.summary)
    #expect(summaries.contains("记者20日从满洲里海关获悉"), "\(summaries)")
  }

  @Test func noDatelineComparisonOrClippedEvent() throws {
    for event in try Self.events() {
      #expect(!event.summary.contains("电"), "\(event.surface): \(event.summary)")
      #expect(!event.summary.hasPrefix("比"), "\(event.surface): \(event.summary)")
      #expect(!event.summary.contains("…"), "\(event.surface): \(event.summary)")
    }
  }

  /// Two dates of one clause share its phrase; the brief tells it once, under the finer date.
  @Test func onePhraseIsToldOnce() throws {
    let text = """
      # 口岸客流创新高

      截至10月8日，满洲里口岸今年出入境人员突破150万人次，创历史新高。

      """
    let document = try TestFiles.document(text: text)
    let brief = BriefBuilder().build([document], options: BriefOptions(projects: ["ports"], top: 8))
    let events = try #require(brief.documents.first?.projects.first?.events)
    let phrases = events.map(\.summary)
    #expect(Set(phrases).count == phrases.count, "\(phrases)")
    #expect(events.first?.surface == "截至10月8日", "\(events.map(\.surface))")
  }
}
