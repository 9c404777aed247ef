import BeijiangModel

/// The inputs read, built and handed on one at a time, so a command that writes as it goes
/// (`export`, `extract`) holds one article in memory however many it is given.
///
/// Inputs that cannot be read are reported and skipped as in `LoadedArticles`; when none can be
/// read, the program ends with the first one's code before anything is written.
enum ArticleStream {
  /// Calls `body` with each document and the number of inputs; returns the exit status (0, or
  /// `LoadedArticles.partialExitCode` when some inputs were skipped).
  static func forEach(_ options: InputOptions, _ body: (Document, Int) throws -> Void) rethrows -> Int32 {
    let builder = DocumentBuilder()
    let inputs = InputReader.inputs(for: options.files)
    var firstError: InputError?
    var built = 0
    for input in inputs {
      let source: SourceText
      do throws(InputError) {
        source = try InputReader.load(input)
      } catch {
        Diagnostics.note(error.message)
        firstError = firstError ?? error
        continue
      }
      try body(builder.build(source, referenceDate: options.referenceDate), inputs.count)
      built += 1
    }
    if built == 0, let firstError { Failure.exit(code: firstError.exitCode) }
    return firstError == nil ? 0 : LoadedArticles.partialExitCode
  }
}
