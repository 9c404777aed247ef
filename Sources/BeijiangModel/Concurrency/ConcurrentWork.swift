import Dispatch
import Foundation

/// Independent pieces of work run on every core, their results kept in order.
///
/// A long article is one document, so the pipeline's one-article-a-core leaves the other core idle;
/// its paragraphs are independent for the figure and date readers, and the name finders need
/// nothing from them, so these run side by side. Each piece writes only its own slot, so the
/// results are the same whatever order the pieces finish in.
public enum ConcurrentWork {
  /// `work(index)` for every index below `count`, run concurrently, in index order.
  public static func map<Result: Sendable>(_ count: Int, _ work: @Sendable (Int) -> Result) -> [Result] {
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

  /// `first` and `second` side by side, then `part(first's result, index)` for every index below
  /// `count`, in index order. Each part is taken by whichever worker is free: the worker of the
  /// shorter task starts on the parts while the other still runs (a long article's figures need the
  /// reference date, not the named things, so they are read while the names are still found).
  static func both<First: Sendable, Second: Sendable, Part: Sendable>(
    _ first: @Sendable () -> First, _ second: @Sendable () -> Second, thenParts count: Int,
    _ part: @Sendable (First, Int) -> Part
  ) -> (First, Second, [Part]) {
    let firstResult = Handoff<First>()
    let secondResult = Slots<Second>(count: 1)
    let parts = Slots<Part>(count: count)
    let (roles, next) = (Counter(), Counter())
    DispatchQueue.concurrentPerform(iterations: 2) { _ in
      // Roles are taken in order, so a thread that runs both takes `first` before it waits for it.
      let value: First
      if roles.take() == 0 {
        value = first()
        firstResult.put(value)
      } else {
        secondResult[0] = second()
        value = firstResult.wait()
      }
      while true {
        let index = next.take()
        guard index < count else { break }
        parts[index] = part(value, index)
      }
    }
    return (firstResult.wait(), secondResult.values[0], parts.values)
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

/// Hands out 0, 1, 2 … to whichever thread asks next.
private final class Counter: @unchecked Sendable {
  private let lock = NSLock()
  private var next = 0

  func take() -> Int {
    lock.withLock {
      defer { next += 1 }
      return next
    }
  }
}

/// A value set once by one thread and awaited by others.
private final class Handoff<Value>: @unchecked Sendable {
  private let condition = NSCondition()
  private var value: Value?

  func put(_ newValue: Value) {
    condition.lock()
    value = newValue
    condition.broadcast()
    condition.unlock()
  }

  func wait() -> Value {
    condition.lock()
    defer { condition.unlock() }
    while value == nil { condition.wait() }
    return value!
  }
}
