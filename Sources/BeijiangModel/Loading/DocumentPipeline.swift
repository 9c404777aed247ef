import Foundation

/// Reads and builds documents on every core, handing them on in input order.
///
/// Articles are independent, so each core builds the next article as soon as it is free, while the
/// caller writes the results in input order (`OrderedStream`); building runs at most `window`
/// articles ahead of the caller, so memory holds that many articles however many there are.
public struct DocumentPipeline: Sendable {
  public var builder = DocumentBuilder()
  public var referenceDate: String?
  /// Articles built ahead of the caller at most; a few per core keeps every core busy when sizes
  /// differ. The dashboard's first screen waits for this many inputs at most.
  public var window = max(2, ProcessInfo.processInfo.activeProcessorCount * 4)
  /// Threads building at once.
  public var workers = ProcessInfo.processInfo.activeProcessorCount
  /// False drops the source text of articles read from files once they are built
  /// (`SourceText.withoutText()`): the dashboard holds every article, and needs of the text only
  /// what is kept. Standard input and the bundled seed keep theirs, the editor's copy is made of it.
  public var keepsFileText = true

  public init(referenceDate: String? = nil) {
    self.referenceDate = referenceDate
  }

  /// Calls `body` with each input's document, or the reason it could not be read, in input order.
  /// `reusing` stands in for standard input when given (the dashboard reloads; it cannot be read twice).
  public func run(
    _ inputs: [InputReader.Input], reusing standardInput: SourceText? = nil,
    _ body: (InputReader.Input, Result<Document, InputError>) throws -> Void
  ) rethrows {
    let pipeline = self
    try OrderedStream.run(
      inputs.count, window: window, workers: workers,
      { index in pipeline.build(inputs[index], standardInput: standardInput) },
      { index, result in try body(inputs[index], result) })
  }

  private func build(_ input: InputReader.Input, standardInput: SourceText?) -> Result<Document, InputError> {
    do throws(InputError) {
      var source: SourceText
      if input == .standardInput, let standardInput {
        source = standardInput
      } else {
        source = try InputReader.load(input)
      }
      var document = builder.build(source, referenceDate: referenceDate).compacted()
      if !keepsFileText, case .file = input { document.source = document.source.withoutText() }
      return .success(document)
    } catch {
      return .failure(error)
    }
  }
}
