import BeijiangDashboard
import BeijiangUI
import Testing

/// Every screen at the sizes people use (60x20, 80x24, 120x36, 200x50), in Chinese and English, plus the stacked layout and the
/// too-small message, from the pure UI. Files are under Golden/ (text and .styles); see GoldenFiles to regenerate.
@Suite struct GoldenScreenTests {
  static let sizes = [(60, 20), (80, 24), (120, 36), (200, 50)]

  struct Scenario: Sendable, CustomTestStringConvertible {
    let name: String
    let keys: [String]
    var typed: String = ""
    var after: [String] = []
    var testDescription: String { name }
  }

  static let scenarios: [Scenario] = [
    Scenario(name: "overview", keys: []),
    Scenario(name: "warmth", keys: ["5"]),
    Scenario(name: "desertification-chart", keys: ["3", "j", "j", "j", "j", "j", "j"]),
    Scenario(name: "ports-timeline", keys: ["4", "]"]),
    Scenario(name: "rare-earth-entities", keys: ["2", "]", "]"]),
    Scenario(name: "detail", keys: ["6", "enter"]),
    Scenario(name: "help", keys: ["?"]),
    Scenario(name: "search", keys: ["/"], typed: "供热"),
    Scenario(name: "english-overview", keys: ["L"]),
    Scenario(name: "english-warmth", keys: ["L", "5"]),
    Scenario(name: "english-rare-earth-entities", keys: ["L", "2", "]", "]"]),
    Scenario(name: "english-detail", keys: ["L", "2", "j", "j", "enter"]),
    Scenario(name: "english-help", keys: ["L", "?"]),
    Scenario(name: "english-search", keys: ["L", "/"], typed: "million"),
  ]

  @Test(arguments: scenarios)
  func screensAtEverySize(_ scenario: Scenario) throws {
    for (width, height) in Self.sizes {
      var state = DashboardFixture.state(width: width, height: height)
      _ = DashboardFixture.press(scenario.keys, on: &state)
      DashboardFixture.type(scenario.typed, on: &state)
      _ = DashboardFixture.press(scenario.after, on: &state)
      DashboardFixture.golden.check(
        DashboardView.render(state), named: "\(scenario.name)-\(width)x\(height).txt")
    }
  }

  @Test func stackedLayoutBelowEightyByTwentyFour() throws {
    var state = DashboardFixture.state(width: 60, height: 20)
    DashboardFixture.golden.check(DashboardView.render(state), named: "stacked-overview-60x20.txt")
    _ = DashboardFixture.press(["5"], on: &state)
    DashboardFixture.golden.check(DashboardView.render(state), named: "stacked-warmth-60x20.txt")
    _ = DashboardFixture.press(["L"], on: &state)
    DashboardFixture.golden.check(DashboardView.render(state), named: "stacked-english-warmth-60x20.txt")
  }

  @Test func tooSmallSaysWhatItNeedsAndRecovers() throws {
    var state = DashboardFixture.state(width: 30, height: 10)
    let screen = DashboardFixture.screen(state)
    DashboardFixture.golden.check(DashboardView.render(state), named: "too-small-30x10.txt")
    #expect(screen.contains("40x12"))
    state.update(.resize(width: 80, height: 24))
    #expect(
      DashboardFixture.screen(state) == DashboardFixture.screen(DashboardFixture.state(width: 80, height: 24))
    )
  }
}
