import Dispatch
import Foundation

/// Independent pieces of work run on every core, their results kept in order.
///
/// A long article is one document, so the pipeline's one-article-a-core leaves the other core idle;
/// its paragraphs are independent for the figure and date readers, and the name finders need
/// nothing from them, so these run side by side. Each piece writes only its own slot, so the
/// results are the same whatever order the pieces finish in.
enum ConcurrentWork {
  /// `work(index)` for every index below `count`, run concurrently, in index order.
  static func map<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
    let slots = Slots<Result>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in slots[index] = work(index) }
    return slots.values
  }

  /// Both results, computed side by side.
  static func both<First: Sendable, Second: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second
  ) -> (First, Second) {
    let slots = Slots<(First?, Second?)>(count: 2)
    DispatchQueue.concurrentPerform(iterations: 2) { index in
      slots[index] = index == 0 ? (first(), nil) : (nil, second())
    }
    let values = slots.values
    return (values[0].0!, values[1].1!)
  }

  /// Ranges that split `weights` (in order) into about `parts` runs of similar total weight.
  static func ranges(splitting weights: [Int], into parts: Int) -> [Range<Int>] {
    let total = weights.reduce(0, +)
    guard parts > 1, total > 0 else { return weights.isEmpty ? [] : [0..<weights.count] }
    let share = (total + parts - 1) / parts
    var ranges: [Range<Int>] = []
    var start = 0
    var sum = 0
    for (index, weight) in weights.enumerated() {
      sum += weight
      if sum >= share || index == weights.count - 1 {
        ranges.append(start..<index + 1)
        start = index + 1
        sum = 0
      }
    }
    return ranges
  }
}

/// One slot per piece of work, written from the worker threads under a lock.
private final class Slots<Value>: @unchecked Sendable {
  private let lock = NSLock()
  private var slots: [Value?]

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  subscript(index: Int) -> Value? {
    get { lock.withLock { slots[index] } }
    set { lock.withLock { slots[index] = newValue } }
  }

  var values: [Value] { lock.withLock { slots.map { $0! } } }
}
