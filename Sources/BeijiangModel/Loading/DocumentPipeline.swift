import Dispatch
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
    let results = ResultSlots(count: batch.count)
    let pipeline = self
    DispatchQueue.concurrentPerform(iterations: batch.count) { index in
      results[index] = pipeline.build(batch[index], standardInput: standardInput)
    }
    return results.values
  }

  private func build(_ input: InputReader.Input, standardInput: SourceText?) -> Result<Document, InputError> {
    do throws(InputError) {
      var source: SourceText
      if input == .standardInput, let standardInput {
        source = standardInput
      } else {
        source = try InputReader.load(input)
      }
      return .success(builder.build(source, referenceDate: referenceDate))
    } catch {
      return .failure(error)
    }
  }
}

/// One slot per article of a batch, written from the worker threads under a lock.
private final class ResultSlots: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Result<Document, InputError>?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Result<Document, InputError>? {
    get { lock.withLock { slots[index] } }
    set { lock.withLock { slots[index] = newValue } }
  }

  var values: [Result<Document, InputError>] { lock.withLock { slots.map { $0! } } }
}
