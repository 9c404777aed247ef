import BeijiangUI
import Testing

@Suite("Themes and colour")
struct ThemeTests {
  @Test func monochromeShowsSelectionAndEmphasisWithoutColour() {
    let theme = Theme.monochrome()
    for style in [theme.selection, theme.emphasis, theme.highlight, theme.tabActive, theme.header] {
      #expect(style.foreground == .default && style.background == .default)
      #expect(!style.attributes.isEmpty)
    }
    #expect(theme.selection.attributes.contains(.reverse))
    #expect(theme.highlight != theme.selection)
  }

  @Test(arguments: [Theme.Name.dark, .light])
  func noColourFallsBackToMonochrome(name: Theme.Name) {
    #expect(Theme.named(name, depth: .none) == Theme.monochrome())
  }

  @Test(arguments: [Theme.Name.dark, .light])
  func sixteenColourThemesUseOnlyNamedColours(name: Theme.Name) {
    let theme = Theme.named(name, depth: .ansi16)
    let styles = [
      theme.border, theme.title, theme.selection, theme.bar, theme.highlight, theme.muted, theme.tabActive,
    ]
    for style in styles {
      for color in [style.foreground, style.background] {
        if case .indexed = color { Issue.record("\(name) at 16 colours uses \(color)") }
      }
    }
  }

  @Test func paletteIndicesReduceToNearbyNamedColours() {
    #expect(Color.indexed(196).reduced(to: .ansi16) == .named(.brightRed))
    #expect(Color.indexed(16).reduced(to: .ansi16) == .named(.black))
    #expect(Color.indexed(255).reduced(to: .ansi16) == .named(.brightWhite))
    #expect(Color.indexed(3).reduced(to: .ansi16) == .named(.yellow))
    #expect(Color.indexed(75).reduced(to: .none) == .default)
    #expect(ColorDepth(colorCount: 256) == .palette256)
    #expect(ColorDepth(colorCount: 8) == .ansi16)
    #expect(ColorDepth(colorCount: 0) == .none)
  }

  @Test func languageFromEnvironment() {
    #expect(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]) == .zh)
    #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"]) == .en)
    #expect(Language.fromEnvironment(["LC_ALL": "", "LANG": "zh_TW"]) == .zh)
    #expect(Language.fromEnvironment([:]) == .en)
  }

  @Test func stringTableFormatsAndMerges() {
    var app = StringTable()
    app.add("tab.overview", zh: "总览", en: "Overview")
    let table = StringTable.toolkit.merging(app)
    #expect(table.text("tab.overview", .zh) == "总览")
    #expect(
      table.format("ui.tooSmall", .en, ["need": "40x12", "have": "30x10"])
        == "too small: need 40x12 (now 30x10)")
    #expect(table.text("missing.id", .en) == "missing.id")
  }
}
