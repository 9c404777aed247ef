import Dispatch
import Foundation

/// Work done ahead on worker threads and handed to the caller strictly in index order.
///
/// A batch at a time (build all, then hand all on) leaves a core idle twice a batch: while the
/// caller writes, and while the batch's slowest piece finishes alone. Here the workers take the next
/// index as soon as they are free, and the caller takes each result as soon as it and every one
/// before it are done. A worker takes an index only while it is fewer than `window` ahead of the
/// caller, so at most `window` results wait in memory however many pieces there are.
enum OrderedStream {
  /// Calls `consume(index, work(index))` on the calling thread for every index below `count`, in
  /// index order, while `workers` threads compute `work` ahead. When `consume` throws, no further
  /// work starts; the pieces under way finish and are dropped, and the error is thrown on.
  static func run<Result: Sendable>(
    _ count: Int, window: Int, workers: Int, _ work: @escaping @Sendable (Int) -> Result,
    _ consume: (Int, Result) throws -> Void
  ) rethrows {
    guard count > 0 else { return }
    let state = StreamState<Result>(count: count, window: max(1, window))
    let group = DispatchGroup()
    for _ in 0..<max(1, min(workers, count)) {
      DispatchQueue.global().async(group: group) {
        while let index = state.nextIndex() { state.put(work(index), at: index) }
      }
    }
    defer {
      state.stop()
      group.wait()
    }
    for index in 0..<count { try consume(index, state.take(index)) }
  }
}

/// The indexes handed out and the results waiting for the caller, under one condition.
private final class StreamState<Result>: @unchecked Sendable {
  private let condition = NSCondition()
  private let count: Int
  private let window: Int
  private var next = 0
  /// Indexes below this have been taken by the caller.
  private var taken = 0
  private var stopped = false
  private var results: [Int: Result] = [:]

  init(count: Int, window: Int) {
    self.count = count
    self.window = window
  }

  /// The next index to work on, once it is within the window; nil when there is none left.
  func nextIndex() -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while !stopped && next < count && next >= taken + window { condition.wait() }
    guard !stopped, next < count else { return nil }
    defer { next += 1 }
    return next
  }

  func put(_ result: Result, at index: Int) {
    condition.lock()
    results[index] = result
    condition.broadcast()
    condition.unlock()
  }

  /// The result at `index`, waited for; its place in the window goes to the next index.
  func take(_ index: Int) -> Result {
    condition.lock()
    defer { condition.unlock() }
    while results[index] == nil { condition.wait() }
    taken = index + 1
    condition.broadcast()
    return results.removeValue(forKey: index)!
  }

  /// No index is handed out after this.
  func stop() {
    condition.lock()
    stopped = true
    condition.broadcast()
    condition.unlock()
  }
}
