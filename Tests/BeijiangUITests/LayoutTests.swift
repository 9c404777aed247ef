import BeijiangUI
import Testing

@Suite("Layout")
struct LayoutTests {
  private let area = Rect(x: 0, y: 0, width: 100, height: 40)

  @Test func fixedAndFillShareTheWidth() {
    let parts = area.columns([.fixed(20), .fill, .fixed(10)])
    #expect(parts.map(\.width) == [20, 70, 10])
    #expect(parts.map(\.x) == [0, 20, 90])
  }

  @Test func ratiosAndSpacing() {
    let parts = area.rows([.ratio(1, 4), .fill], spacing: 1)
    #expect(parts.map(\.height) == [9, 30])
    #expect(parts[1].y == 10)
  }

  @Test func minimumsGetTheirShareOfTheRest() {
    let parts = area.columns([.min(30), .fill])
    #expect(parts.map(\.width) == [65, 35])
  }

  @Test func tooSmallShrinksTheLastPartsFirst() {
    let parts = Rect(x: 0, y: 0, width: 25, height: 1).columns([.fixed(20), .fixed(10), .fixed(5)])
    #expect(parts.map(\.width) == [20, 5, 0])
    #expect(parts.allSatisfy { $0.right <= 25 })
  }

  @Test func centeredAndInset() {
    #expect(area.centered(width: 20, height: 10) == Rect(x: 40, y: 15, width: 20, height: 10))
    #expect(area.centered(width: 200, height: 10).width == 100)
    #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
  }
}
