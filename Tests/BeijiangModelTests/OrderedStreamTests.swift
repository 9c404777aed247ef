import Foundation
import Testing

@testable import BeijiangModel

/// The streaming pipeline hands results on strictly in index order whatever order they finish
/// in, builds no further ahead than its window, and stops starting work when the caller throws.
@Suite struct OrderedStreamTests {
  /// A count shared between the workers and the caller.
  final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Int] = []
    func add(_ value: Int) { lock.withLock { values.append(value) } }
    var all: [Int] { lock.withLock { values } }
    var count: Int { lock.withLock { values.count } }
  }

  @Test func resultsComeInOrderWhenLaterOnesFinishFirst() {
    let finished = Tally()
    let secondDone = DispatchSemaphore(value: 0)
    var consumed: [Int] = []
    OrderedStream.run(
      12, window: 6, workers: 3,
      { index in
        // The first piece waits for the second, so a later piece is done first however busy the
        // machine (sleeps alone let loaded workers finish in order); the timeout only keeps a
        // broken stream from hanging the test.
        if index == 0 { _ = secondDone.wait(timeout: .now() + 10) }
        usleep(UInt32((12 - index) * 1000))
        finished.add(index)
        if index == 1 { secondDone.signal() }
        return index * 10
      },
      { index, value in
        #expect(value == index * 10)
        consumed.append(index)
      })
    #expect(consumed == Array(0..<12))
    #expect(finished.all.sorted() == Array(0..<12))
    #expect(finished.all != Array(0..<12))
  }

  @Test func workRunsNoFurtherAheadThanTheWindow() {
    let consumedCount = Tally()
    let ahead = Tally()
    OrderedStream.run(
      60, window: 3, workers: 2,
      { index in
        // The caller counts a result after taking it, so one more than the window can be seen.
        ahead.add(index - consumedCount.count)
        return index
      },
      { index, _ in
        usleep(1000)
        consumedCount.add(index)
      })
    #expect(ahead.all.count == 60)
    #expect(ahead.all.allSatisfy { $0 <= 3 })
    #expect(ahead.all.contains { $0 > 1 })
  }

  struct Stop: Error {}

  @Test func aThrowingCallerStopsTheWork() {
    let started = Tally()
    #expect(throws: Stop.self) {
      try OrderedStream.run(
        1000, window: 4, workers: 2,
        { index in
          started.add(index)
          return index
        },
        { index, _ in if index == 3 { throw Stop() } })
    }
    #expect(started.count <= 3 + 1 + 4)
  }

  @Test func nothingToDoCallsNothing() {
    var calls = 0
    OrderedStream.run(0, window: 4, workers: 2, { $0 }, { _, _ in calls += 1 })
    #expect(calls == 0)
  }
}
