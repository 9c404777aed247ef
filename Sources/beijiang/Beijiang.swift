import ArgumentParser
import BeijiangModel

/// The `beijiang` command: the dashboard by default, and subcommands for scripts and briefs.
struct Beijiang: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "beijiang",
    abstract: "Read, browse and brief on Chinese policy reporting in the terminal.",
    discussion: """
      With no file, beijiang opens the bundled seed article. Files may be UTF-8 (with or without a \
      BOM), UTF-16 with a BOM, or GB18030/GBK/GB2312; `-` reads standard input.

      Exit codes: 0 ok, 3 not a terminal, 4 TERM unset/unknown/dumb, 5 no UTF-8 locale, \
      6 terminal would not start, 64 usage, 65 undecodable text, 66 unreadable file, 67 binary \
      input, 68 empty input, 70 input too large, 74 output cannot be written, 78 bad config file.
      """,
    version: BeijiangVersion.current,
    subcommands: [Dashboard.self, Present.self, Summary.self, Export.self, Extract.self],
    defaultSubcommand: Dashboard.self
  )
}

enum BeijiangVersion {
  static let current = "0.1.0"
}
