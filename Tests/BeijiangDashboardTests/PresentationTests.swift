import BeijiangDashboard
import BeijiangModel
import BeijiangTestSupport
import BeijiangUI
import Testing

/// Presentation mode: golden slides at 80x24 and 200x50, and the keys that move between them.
@Suite struct PresentationTests {
  static let projectSlides = Array(1...6)

  func slide(_ number: Int, width: Int, height: Int, ascii: Bool = false, language: Language = .zh)
    -> DashboardState
  {
    var state = DashboardState(
      documents: [DashboardFixture.seed], width: width, height: height,
      settings: DashboardSettings(language: language, themeName: .dark, depth: .palette256, ascii: ascii))
    state.startPresentation(at: number)
    return state
  }

  @Test func titleSlideAtBothSizes() throws {
    for (width, height) in [(80, 24), (200, 50)] {
      let state = slide(0, width: width, height: height)
      let screen = DashboardFixture.screen(state)
      DashboardFixture.golden.check(DashboardView.render(state), named: "slide-0-\(width)x\(height).txt")
      #expect(screen.contains(DashboardFixture.seed.title))
      #expect(screen.contains("2024-04-18"))
      #expect(screen.contains("1/7"))
    }
  }

  @Test(arguments: projectSlides)
  func projectSlideAtBothSizes(_ number: Int) throws {
    for (width, height) in [(80, 24), (200, 50)] {
      let state = slide(number, width: width, height: height)
      let screen = DashboardFixture.screen(state)
      DashboardFixture.golden.check(
        DashboardView.render(state), named: "slide-\(number)-\(width)x\(height).txt")
      let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == height + 1)
      #expect(lines.allSatisfy { DisplayWidth.of($0) <= width })
      #expect(screen.contains("\(number + 1)/7"))
      // The headline and what each key figure counts are on the slide.
      let digest = state.content.digests[number]
      #expect(screen.contains(digest.headline.zh))
      for figure in state.keyFigures(number, limit: 3) {
        let about = [figure.metric.quantity.subject, figure.metric.quantity.counted].compactMap { $0 }.joined(
          separator: " · ")
        #expect(about.isEmpty || screen.contains(String(about.prefix(4))), "missing \(about)")
      }
    }
  }

  @Test func largeTerminalsUseFiveRowDigitsAndSmallOnesThree() {
    let small = DashboardFixture.screen(slide(4, width: 80, height: 24))
    let large = DashboardFixture.screen(slide(4, width: 200, height: 50))
    // Five-row digits draw full blocks only; three-row ones fold pixels into half blocks.
    #expect(small.contains("▀") || small.contains("▄"))
    #expect(!large.contains("▀") && !large.contains("▄"))
    #expect(large.contains("█"))
  }

  @Test func warmthSlideHasTheCoverageGauge() {
    let screen = DashboardFixture.screen(slide(4, width: 80, height: 24))
    #expect(screen.contains("目标进度"))
    #expect(screen.contains("供热覆盖"))
    #expect(screen.contains("21%"))
    #expect(screen.contains("2000万平方米 / 9100万平方米"))
  }

  @Test func asciiSlidesUseNoBlockOrBoxGlyphs() throws {
    for number in [0, 4] {
      let state = slide(number, width: 80, height: 24, ascii: true)
      let screen = DashboardFixture.screen(state)
      DashboardFixture.golden.check(DashboardView.render(state), named: "slide-\(number)-ascii-80x24.txt")
      for glyph in ["█", "▀", "▄", "─", "│", "┌", "░"] { #expect(!screen.contains(glyph)) }
    }
  }

  @Test func englishSlideSpeaksEnglish() throws {
    let state = slide(4, width: 80, height: 24, language: .en)
    let screen = DashboardFixture.screen(state)
    DashboardFixture.golden.check(DashboardView.render(state), named: "slide-4-en-80x24.txt")
    #expect(screen.contains("Towards the target"))
    #expect(screen.contains("next slide"))
  }

  @Test func keysStepJumpAndLeave() {
    var state = DashboardFixture.state()
    _ = DashboardFixture.press(["3"], on: &state)
    _ = DashboardFixture.press(["p"], on: &state)
    #expect(state.slide == 2, "p starts at the pane shown")
    _ = DashboardFixture.press(["1"], on: &state)
    #expect(state.slide == 0)
    var seen: [Int?] = []
    for key in ["space", "right", "pgdn", "left", "pgup", "7", "space", "right", "j", "tab"] {
      _ = DashboardFixture.press([key], on: &state)
      seen.append(state.slide)
    }
    // j and Tab mean nothing on a slide; the last slide stays the last.
    #expect(seen == [1, 2, 3, 2, 1, 6, 6, 6, 6, 6])
    _ = DashboardFixture.press(["4"], on: &state)
    let commands = DashboardFixture.press(["esc"], on: &state)
    #expect(commands.isEmpty)
    #expect(state.slide == nil)
    #expect(state.pane == 3, "Esc returns to the dashboard on the last slide's pane")
    #expect(DashboardFixture.screen(state).contains("排序"))
  }

  @Test func helpOnASlideListsTheSlideKeys() {
    var state = slide(2, width: 80, height: 24)
    _ = DashboardFixture.press(["?"], on: &state)
    let screen = DashboardFixture.screen(state)
    #expect(screen.contains("下一页"))
    #expect(screen.contains("1-7"))
    #expect(!screen.contains("搜索"))
    _ = DashboardFixture.press(["esc"], on: &state)
    #expect(state.slide == 2)
    #expect(state.overlay == .none)
  }

  @Test func presentOnlyQuitsOnEscapeAndQ() {
    for key in ["esc", "q"] {
      var state = DashboardFixture.state()
      state.startPresentation(at: 0, only: true)
      #expect(DashboardFixture.press([key], on: &state) == [.quit])
    }
  }

  @Test func theHintBarShowsTheSlideKeys() {
    let screen = DashboardFixture.screen(slide(1, width: 80, height: 24))
    let hint = screen.split(separator: "\n", omittingEmptySubsequences: false)[23]
    #expect(hint.contains("space"))
    #expect(hint.contains("Esc"))
    #expect(!hint.contains("Tab"))
  }

  @Test func aStatusShowsInTheSlidesBottomBorder() {
    var state = slide(2, width: 80, height: 24)
    state.update(.marksSaved(.failure(MarksProblem(.cannotSave, "marks file was damaged"))))
    let rows = DashboardFixture.screen(state).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(rows[22].contains("marks file was damaged"))
  }
}
