import ArgumentParser

extension Beijiang {
  struct Present: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show the articles as full-screen slides: a title slide, then one per project.",
      discussion: """
        Keys: Space/→/PgDn next slide, ←/PgUp previous, 1-7 jump to a slide, L language, \
        Esc or q quit. Slides fit 80x24 and use larger digits on larger terminals (see docs/briefs.md).
        """)

    @OptionGroup var input: InputOptions
    @OptionGroup var display: DisplayOptions

    func run() throws {
      DashboardSession.run(input: input, display: display, presenting: true)
    }
  }
}
