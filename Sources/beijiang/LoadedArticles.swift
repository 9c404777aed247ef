import BeijiangModel

/// The documents a command could build from its inputs, all held at once (for `summary` and the
/// dashboard; `export` and `extract` stream through `ArticleStream` instead).
///
/// One bad file among many never stops the others: each is reported once on standard error and
/// skipped, and the command ends with `partialExitCode` after writing what it could (as `grep -r`
/// does). When nothing could be read, the command ends at once with the first file's own code.
struct LoadedArticles {
  /// The exit status of a command that skipped some of its inputs (docs/usage.md, README).
  static let partialExitCode: Int32 = 2

  var documents: [Document]
  /// 0, or `partialExitCode` when some inputs were skipped.
  var exitStatus: Int32

  static func load(_ options: InputOptions) -> LoadedArticles {
    var documents: [Document] = []
    let status = ArticleStream.forEach(options) { document, _ in documents.append(document) }
    return LoadedArticles(documents: documents, exitStatus: status)
  }
}
