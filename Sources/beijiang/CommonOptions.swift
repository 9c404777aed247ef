import ArgumentParser
import BeijiangModel

/// Options every command that reads articles shares.
struct InputOptions: ParsableArguments {
  @Argument(
    help: """
      Articles to read: files, folders (every .txt, .md and .text file under them), quoted globs, \
      or - for standard input; none opens the bundled seed.
      """)
  var files: [String] = []

  @Option(help: "The date the article speaks from, YYYY-MM-DD (default: inferred from the text).")
  var referenceDate: String?

  mutating func validate() throws {
    if let date = referenceDate, CivilDate(iso: date) == nil {
      throw ValidationError("--reference-date must be a real date as YYYY-MM-DD, not '\(date)'")
    }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read only once")
    }
  }

  /// Loads and builds every named document, skipping (and reporting) those that cannot be read;
  /// exits with the first one's code when none can.
  func articles() -> LoadedArticles {
    LoadedArticles.load(self)
  }

}
