import BeijiangModel
import Foundation

/// Builds articles on a background thread (on every core, in input order, `DocumentPipeline`) while the
/// dashboard runs; the run loop takes what has arrived with `take()` and hands it to `update` as
/// one `.loadProgress` message, so the state still changes in one place only.
public final class BackgroundLoader: @unchecked Sendable {
  private let lock = NSLock()
  private var arrived: [Document] = []
  private var skipped: [String] = []
  private var errors: [InputError] = []
  private var read = 0
  private var done = false
  private var reportedDone = false
  private var lastTaken: ContinuousClock.Instant?
  private let inputs: [InputReader.Input]
  private let pipeline: DocumentPipeline
  private let cache: DocumentCache?

  public var total: Int { inputs.count }

  public init(_ inputs: [InputReader.Input], pipeline: DocumentPipeline, cache: DocumentCache? = nil) {
    self.inputs = inputs
    self.pipeline = pipeline
    self.cache = cache
  }

  /// Starts reading; returns at once.
  public func start() {
    let thread = Thread { [self] in
      pipeline.run(inputs) { input, result in
        if case .success(let document) = result, case .file(let path) = input {
          cache?.store(document, path: path)
        }
        lock.withLock {
          read += 1
          switch result {
          case .success(let document): arrived.append(document)
          case .failure(let error):
            skipped.append(error.message)
            errors.append(error)
          }
        }
      }
      lock.withLock { done = true }
    }
    thread.start()
  }

  /// What arrived since the last call, or nil when nothing did (and the end was already told).
  public func take() -> LoadProgress? {
    lock.withLock {
      guard !arrived.isEmpty || !skipped.isEmpty || (done && !reportedDone) else { return nil }
      defer {
        arrived = []
        skipped = []
      }
      if done { reportedDone = true }
      return LoadProgress(
        documents: arrived, read: read, total: inputs.count, skipped: skipped, finished: done)
    }
  }

  /// As `take()`, but nil until `interval` has passed since the last progress was taken (the end
  /// excepted): each progress costs the dashboard a frame, which at a large corpus takes long.
  public func take(notSoonerThan interval: Duration) -> LoadProgress? {
    let now = ContinuousClock.now
    let due = lock.withLock { done || lastTaken.map { now - $0 >= interval } ?? true }
    guard due, let progress = take() else { return nil }
    lock.withLock { lastTaken = now }
    return progress
  }

  /// Every input that could not be read, to report once the terminal is given back.
  public var allErrors: [InputError] { lock.withLock { errors } }

  /// Waits until every input was handled (for tests and benchmarks).
  public func waitUntilDone(pollMilliseconds: Int = 5) {
    while !lock.withLock({ done }) { usleep(UInt32(pollMilliseconds * 1000)) }
  }
}
