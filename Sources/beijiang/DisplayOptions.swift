import ArgumentParser
import BeijiangDashboard
import BeijiangUI

/// How the full-screen commands (the dashboard and `present`) look: language, theme, colour, glyphs.
struct DisplayOptions: ParsableArguments {
  @Option(help: "Interface language: zh or en (default: from LC_ALL/LANG, Chinese for zh_*).")
  var lang: Language?

  @Option(help: "Colour theme: dark, light or monochrome.")
  var theme: Theme.Name?

  @Flag(help: "No colour (also when NO_COLOR is set).")
  var noColor = false

  @Flag(help: "Draw borders, bars, gauges and block digits with ASCII.")
  var ascii = false

  @Flag(help: "The terminal draws ambiguous-width characters (“ ” · — ─ █) two columns wide.")
  var ambiguousWide = false

  /// Options override the settings file, which overrides the environment.
  func settings(_ environment: [String: String]) -> DashboardSettings {
    do throws(DashboardConfig.Problem) {
      let config = try DashboardConfig.load(environment: environment)
      let keymap = try DashboardConfig.keymap(environment: environment, base: .dashboard)
      return DashboardSettings(
        language: lang ?? config.language ?? Language.fromEnvironment(environment),
        themeName: theme ?? config.theme ?? .dark, depth: .palette256, ascii: ascii || config.ascii == true,
        ambiguousWide: ambiguousWide || config.ambiguousWide == true, keymap: keymap,
        clipboard: config.clipboard ?? true)
    } catch {
      Failure.exit(message: error.message, code: 78)
    }
  }
}

extension Language: ExpressibleByArgument {}
extension Theme.Name: ExpressibleByArgument {}
