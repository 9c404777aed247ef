import ArgumentParser

extension Beijiang {
  struct Dashboard: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Open the full-screen dashboard (the default command).",
      discussion: """
        Keys: 1-7 panes, Tab/h/l switch panes, j/k move, ] next list, Enter detail, / search, \
        s sort, f filter, t targets, L language, d documents, p presentation, m mark, M marks, \
        y copy (OSC 52), e edit in $VISUAL/$EDITOR, r reload, ? help, q quit. The help screen (?) \
        lists the keys of each screen; docs/usage.md lists them all.

        Settings: $XDG_CONFIG_HOME/beijiang/settings.conf; keys: $XDG_CONFIG_HOME/beijiang/keys.conf \
        (see docs/usage.md). Marks: $XDG_STATE_HOME/beijiang/marks.json (see docs/briefs.md).
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
      DashboardSession.run(input: input, display: display, presenting: false)
    }
  }
}
