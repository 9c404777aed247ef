import BeijiangDashboard
import BeijiangModel

/// The articles the dashboard opens with, and the loader that brings the rest in the background.
///
/// Inputs are built a window at a time (`DocumentPipeline.window`) until one article is ready (the
/// first window, almost always), so the first frame comes at once whatever the corpus; unreadable
/// ones met on the way are reported before the terminal starts, and when none at all can be read
/// the program ends with the first one's code, as `summary` does. Everything after goes to a `BackgroundLoader`.
struct DashboardStart {
  var documents: [Document]
  var loader: BackgroundLoader?
  let cache = DocumentCache()

  init(_ input: InputOptions) {
    let inputs = InputReader.inputs(for: input.files)
    let pipeline = DocumentPipeline.dashboard(referenceDate: input.referenceDate)
    var documents: [Document] = []
    var firstError: InputError?
    var next = 0
    while documents.isEmpty && next < inputs.count {
      let batch = Array(inputs[next..<min(next + pipeline.window, inputs.count)])
      pipeline.run(batch) { [cache] input, result in
        switch result {
        case .success(let document):
          documents.append(document)
          if case .file(let path) = input { cache.store(document, path: path) }
        case .failure(let error):
          Diagnostics.note(error.message)
          firstError = firstError ?? error
        }
      }
      next += batch.count
    }
    if documents.isEmpty, let firstError { Failure.exit(code: firstError.exitCode) }
    self.documents = documents
    let rest = Array(inputs[next...])
    loader = rest.isEmpty ? nil : BackgroundLoader(rest, pipeline: pipeline, cache: cache)
  }
}

extension DocumentPipeline {
  /// The dashboard's pipeline: it holds every article at once, so a file's text goes once the
  /// article is built (`keepsFileText`); the file is there to read again.
  static func dashboard(referenceDate: String?) -> DocumentPipeline {
    var pipeline = DocumentPipeline(referenceDate: referenceDate)
    pipeline.keepsFileText = false
    return pipeline
  }
}
