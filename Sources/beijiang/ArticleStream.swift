import BeijiangModel

/// The inputs read, built (on every core, `DocumentPipeline`) and handed on in order, so a command
/// that writes as it goes (`export`, `extract`) holds a batch of articles in memory however many it
/// is given.
///
/// Inputs that cannot be read are reported once and skipped; when none can be read, the program
/// ends with the first one's code before anything is written. `LoadedArticles` collects from here.
enum ArticleStream {
  /// Calls `body` with each document and the number of inputs; returns the exit status (0, or
  /// `LoadedArticles.partialExitCode` when some inputs were skipped).
  static func forEach(_ options: InputOptions, _ body: (Document, Int) throws -> Void) rethrows -> Int32 {
    let inputs = InputReader.inputs(for: options.files)
    var firstError: InputError?
    var built = 0
    try DocumentPipeline(referenceDate: options.referenceDate).run(inputs) { _, result in
      switch result {
      case .success(let document):
        try body(document, inputs.count)
        built += 1
      case .failure(let error):
        Diagnostics.note(error.message)
        firstError = firstError ?? error
      }
    }
    if built == 0, let firstError { Failure.exit(code: firstError.exitCode) }
    return firstError == nil ? 0 : LoadedArticles.partialExitCode
  }
}
