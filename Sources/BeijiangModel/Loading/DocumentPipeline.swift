import Foundation

/// Reads and builds documents on every core, handing them on in input order.
///
/// Articles are independent, so a corpus is built a batch at a time, one article a core, while
/// the caller writes the previous results; a batch is a few articles per core, so memory holds
/// that many articles however many there are.
public struct DocumentPipeline: Sendable {
  public var builder = DocumentBuilder()
  public var referenceDate: String?
  /// Articles built at once; a few per core keeps both cores busy when sizes differ.
  public var batchSize = max(2, ProcessInfo.processInfo.activeProcessorCount * 4)
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
    var start = 0
    while start < inputs.count {
      let batch = Array(inputs[start..<min(start + batchSize, inputs.count)])
      for (input, result) in zip(batch, build(batch, standardInput: standardInput)) {
        try body(input, result)
      }
      start += batch.count
    }
  }

  private func build(_ batch: [InputReader.Input], standardInput: SourceText?) -> [Result<
    Document, InputError
  >] {
    let pipeline = self
    return ConcurrentWork.map(batch.count) { pipeline.build(batch[$0], standardInput: standardInput) }
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
