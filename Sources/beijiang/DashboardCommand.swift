import ArgumentParser
import BeijiangDashboard
import BeijiangModel
import BeijiangTerminal
import BeijiangUI
import Foundation

extension Beijiang {
  struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Open the full-screen dashboard (the default command).",
      discussion: """
        Keys: 1-7 panes, Tab/h/l switch panes, j/k move, ] next list, Enter detail, / search,
        s sort, f filter, t targets, L language, d documents, r reload, ? help, q quit.
        Settings: $XDG_CONFIG_HOME/beijiang/settings.conf; keys: $XDG_CONFIG_HOME/beijiang/keys.conf
        (see docs/usage.md).
        """)

    @OptionGroup var input: InputOptions

    @Option(help: "Interface language: zh or en (default: from LC_ALL/LANG, Chinese for zh_*).")
    var lang: Language?

    @Option(help: "Colour theme: dark, light or monochrome.")
    var theme: Theme.Name?

    @Flag(help: "No colour (also when NO_COLOR is set).")
    var noColor = false

    @Flag(help: "Draw borders, bars and gauges with ASCII.")
    var ascii = false

    @Flag(help: "The terminal draws ambiguous-width characters (“ ” · — ─ █) two columns wide.")
    var ambiguousWide = false

    func run() throws {
      let environment = ProcessInfo.processInfo.environment
      let documents = input.documents()
      let standardInput = input.files.contains("-") ? documents[input.files.firstIndex(of: "-")!].source : nil
      let base = try loadSettings(environment)
      var options = Terminal.Options()
      options.stderrLogPath = FileManager.default.temporaryDirectory.appending(path: "beijiang-\(getpid()).log").path
      let terminal: Terminal
      do {
        terminal = try Terminal(options: options)
      } catch {
        Failure.exit(message: String(error.description.dropFirst("beijiang: ".count)), code: error.exitCode)
      }
      var settings = base
      settings.depth = noColor || environment["NO_COLOR"].map({ !$0.isEmpty }) == true ? .none : terminal.colorDepth
      var state = DashboardState(documents: documents, width: terminal.width, height: terminal.height, settings: settings)
      loop: while true {
        terminal.draw(DashboardView.render(state))
        guard let event = terminal.nextEvent(timeoutMilliseconds: 1000) else { continue }
        switch state.update(event) {
        case .quit: break loop
        case .reload:
          state.reloaded(input.reloadDocuments(standardInput: standardInput).mapError { ReloadError(message: $0.message) })
        case nil: break
        }
      }
      terminal.restore()
    }

    /// Options override the settings file, which overrides the environment.
    func loadSettings(_ environment: [String: String]) throws -> DashboardSettings {
      do throws(DashboardConfig.Problem) {
        let config = try DashboardConfig.load(environment: environment)
        let keymap = try DashboardConfig.keymap(environment: environment, base: .dashboard)
        return DashboardSettings(
          language: lang ?? config.language ?? Language.fromEnvironment(environment),
          themeName: theme ?? config.theme ?? .dark, depth: .palette256, ascii: ascii || config.ascii == true,
          ambiguousWide: ambiguousWide || config.ambiguousWide == true, keymap: keymap)
      } catch {
        Failure.exit(message: error.message, code: 78)
      }
    }
  }
}

extension Language: ExpressibleByArgument {}
extension Theme.Name: ExpressibleByArgument {}
