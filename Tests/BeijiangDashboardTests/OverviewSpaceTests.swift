import BeijiangUI
import Testing

@testable import BeijiangDashboard

/// The overview uses the screen it has: cards fit at 60x20, and on tall screens they fill their
/// rows with the project's dates, people, bodies and places instead of blank lines.
@Suite struct OverviewSpaceTests {
  static let sizes = [(60, 20), (80, 24), (120, 36), (200, 50)]

  static func cards(_ state: DashboardState) -> [Rect] {
    let layout = ScreenLayout(width: state.width, height: state.height)
    var scratch = Buffer(width: state.width, height: state.height, policy: state.settings.policy)
    return OverviewView.draw(state, area: layout.body, stacked: layout.isStacked, buffer: &scratch)
  }

  static func blankInnerRows(_ buffer: Buffer, _ card: Rect) -> Int {
    (card.y + 1..<card.bottom - 1).filter { y in
      (card.x + 1..<card.right - 1).allSatisfy { buffer[$0, y].text == " " }
    }.count
  }

  @Test(arguments: sizes)
  func everyCardIsWholeAndNoneOverlaps(width: Int, height: Int) {
    for language in [Language.zh, .en] {
      let state = DashboardFixture.state(width: width, height: height, language: language)
      let buffer = DashboardView.render(state)
      let cards = Self.cards(state)
      let body = ScreenLayout(width: width, height: height).body
      #expect(cards.count == state.paneCount - 1)
      for (index, card) in cards.enumerated() {
        #expect(card.y >= body.y && card.bottom <= body.bottom && card.right <= body.right, "card \(index)")
        #expect(buffer[card.x, card.bottom - 1].text == "└", "card \(index) lacks its bottom border")
        for other in cards[(index + 1)...] {
          #expect(card.intersection(other).isEmpty, "cards \(index) and another overlap")
        }
      }
    }
  }

  @Test(arguments: [(120, 36), (200, 50)])
  func tallCardsFillTheirRows(width: Int, height: Int) {
    for language in [Language.zh, .en] {
      let state = DashboardFixture.state(width: width, height: height, language: language)
      let buffer = DashboardView.render(state)
      let cards = Self.cards(state)
      let blank = cards.map { Self.blankInnerRows(buffer, $0) }
      #expect(blank.allSatisfy { $0 <= 3 }, "blank rows per card: \(blank)")
      // The row under the last card row is the panels' top border, not a blank line.
      let lowest = cards.map(\.bottom).max() ?? 0
      #expect(buffer[0, lowest].text == "┌", "a blank line between the cards and the panels")
    }
  }
}
