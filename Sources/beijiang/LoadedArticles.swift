import BeijiangModel

/// The documents a command could build from its inputs, and the inputs it had to skip.
///
/// One bad file among many never stops the others: each is reported once on standard error and
/// skipped, and the command ends with `partialExitCode` after writing what it could (as `grep -r`
/// does). When nothing could be read, the command ends at once with the first file's own code.
struct LoadedArticles {
  /// The exit status of a command that skipped some of its inputs (docs/usage.md, README).
  static let partialExitCode: Int32 = 2

  var documents: [Document]
  var skipped: [InputError]

  /// 0, or `partialExitCode` when some inputs were skipped.
  var exitStatus: Int32 { skipped.isEmpty ? 0 : Self.partialExitCode }

  /// Reads and builds every input on every core; standard input, which cannot be read twice, is
  /// taken from `standardInput` when the dashboard reloads.
  static func build(_ options: InputOptions, standardInput: SourceText? = nil) -> LoadedArticles {
    var loaded = LoadedArticles(documents: [], skipped: [])
    let inputs = InputReader.inputs(for: options.files)
    DocumentPipeline(referenceDate: options.referenceDate).run(inputs, reusing: standardInput) { _, result in
      switch result {
      case .success(let document): loaded.documents.append(document)
      case .failure(let error): loaded.skipped.append(error)
      }
    }
    return loaded
  }

  /// `build`, with each skipped input reported; ends the program when none could be read.
  static func load(_ options: InputOptions) -> LoadedArticles {
    let loaded = build(options)
    for error in loaded.skipped { Diagnostics.note(error.message) }
    if loaded.documents.isEmpty, let first = loaded.skipped.first {
      Failure.exit(code: first.exitCode)
    }
    return loaded
  }
}
