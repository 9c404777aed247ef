import Testing

@testable import BeijiangModel

/// `MentionLineOrder` reads each sorted key back into its record and mention; named things with no
/// mentions, ties at one offset and kinds with no records must come back as a plain sort gives them.
@Suite struct MentionLineOrderTests {
  static func place(_ start: Int) -> MentionPlace {
    MentionPlace(paragraph: "p1", start: start, end: start + 2, surface: "北京")
  }

  static func person(_ id: String, _ starts: [Int]) -> EntityRecord<PersonDetails> {
    EntityRecord(
      id: id, details: PersonDetails(name: "王明", titles: [], role: .actor), mentions: starts.map(place),
      projects: [])
  }

  @Test func namedThingsComeBackInTextOrderWithTiesInListingOrder() {
    var analysis = DocumentAnalysis()
    // An empty record first, between and last: none of them owns a line.
    analysis.people = [
      Self.person("e1", []), Self.person("e2", [30, 5]), Self.person("e3", []), Self.person("e4", [5, 12]),
      Self.person("e5", []),
    ]
    analysis.initiatives = [
      EntityRecord(
        id: "e6", details: InitiativeDetails(name: "一带一路"), mentions: [Self.place(12)], projects: [])
    ]
    let lines = MentionLineReference.inTextOrder(analysis).map {
      "\($0.record)/\($0.index)/\($0.mention)@\($0.start)"
    }
    #expect(
      lines == [
        "person/1/1@5", "person/3/0@5", "person/3/1@12", "initiative/0/0@12", "person/1/0@30",
      ])
  }

  @Test func anEmptyAnalysisHasNoLines() {
    #expect(Array(MentionLineReference.inTextOrder(DocumentAnalysis())).isEmpty)
  }
}
