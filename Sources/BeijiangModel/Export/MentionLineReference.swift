/// A mention line before it is built: the offset it sorts by and the record (and, for named things,
/// the mention) it comes from. `beijiang extract` sorts the lines into text order and then writes
/// each line straight into its output, instead of building and sorting a `JSONValue` per line and
/// keeping them all until the end.
struct MentionLineReference {
  enum Record: Int, CaseIterable {
    case metric, date, ordinal, person, organization, place, quote, initiative
  }

  let start: Int
  let record: Record
  /// The position of the record in its array of the analysis.
  let index: Int
  /// The position of the mention in a named thing's mentions; 0 for figures, dates and ordinals.
  let mention: Int

  /// Every line of the analysis in text order. Lines that start at the same offset keep the order
  /// they are listed in: figures, dates, ordinals, then people, organizations, places, quotes and
  /// initiatives, each in record order.
  static func inTextOrder(_ analysis: DocumentAnalysis) -> MentionLineOrder {
    MentionLineOrder(analysis)
  }
}

/// The lines of an analysis in text order, as one sorted integer a line (its start above its
/// listing position), read back into references one at a time. A reference per line (32 bytes),
/// the keys and the sorted copy were all held at once, about 25 MB more at the start of writing
/// a 20 MB article (docs/performance.md, "Session 10"); the keys alone are 8 bytes a line.
struct MentionLineOrder: Sequence {
  private let analysis: DocumentAnalysis
  /// Sorted: the start in the high 32 bits, the listing position in the low. Both fit: inputs are
  /// limited to 32 MiB (`TextDecoder.maximumBytes`), so fewer scalars and lines than that.
  private let keys: [UInt64]
  /// The listing position of each kind's first line, in `Record` order, and the total at the end.
  private let kindStarts: [Int]
  /// For each named-thing kind (by `Record.rawValue - 3`), the listing position of each record's
  /// first mention, so a position is a record and mention by binary search.
  private let recordStarts: [[Int32]]

  init(_ analysis: DocumentAnalysis) {
    self.analysis = analysis
    var keys: [UInt64] = []
    var kindStarts: [Int] = []
    var recordStarts: [[Int32]] = []
    func add(_ start: Int) { keys.append(UInt64(start) << 32 | UInt64(keys.count)) }
    func addMentions<Details>(of records: [EntityRecord<Details>]) {
      kindStarts.append(keys.count)
      var firsts: [Int32] = []
      firsts.reserveCapacity(records.count)
      for index in records.indices {
        firsts.append(Int32(keys.count))
        for mention in records[index].mentions.indices { add(records[index].mentions[mention].start) }
      }
      recordStarts.append(firsts)
    }
    func mentions<Details>(_ records: [EntityRecord<Details>]) -> Int {
      records.reduce(0) { $0 + $1.mentions.count }
    }
    keys.reserveCapacity(
      analysis.metrics.count + analysis.dates.count + analysis.ordinals.count + mentions(analysis.people)
        + mentions(analysis.organizations) + mentions(analysis.places) + mentions(analysis.quotes)
        + mentions(analysis.initiatives))
    // By index throughout: iterating the records would copy each one (a retain per field).
    kindStarts.append(keys.count)
    for index in analysis.metrics.indices { add(analysis.metrics[index].quantity.start) }
    kindStarts.append(keys.count)
    for index in analysis.dates.indices { add(analysis.dates[index].date.start) }
    kindStarts.append(keys.count)
    for index in analysis.ordinals.indices { add(analysis.ordinals[index].start) }
    addMentions(of: analysis.people)
    addMentions(of: analysis.organizations)
    addMentions(of: analysis.places)
    addMentions(of: analysis.quotes)
    addMentions(of: analysis.initiatives)
    kindStarts.append(keys.count)
    keys.sort()
    self.keys = keys
    self.kindStarts = kindStarts
    self.recordStarts = recordStarts
  }

  /// The reference listed at `position`, starting at `start`.
  private func reference(start: Int, position: Int) -> MentionLineReference {
    var kind = 0
    while kindStarts[kind + 1] <= position { kind += 1 }
    let record = MentionLineReference.Record(rawValue: kind)!
    guard kind >= MentionLineReference.Record.person.rawValue else {
      return MentionLineReference(
        start: start, record: record, index: position - kindStarts[kind], mention: 0)
    }
    // The last record whose first mention is at or before the position.
    let firsts = recordStarts[kind - MentionLineReference.Record.person.rawValue]
    var low = 0
    var high = firsts.count
    while low < high {
      let middle = (low + high) / 2
      if Int(firsts[middle]) <= position { low = middle + 1 } else { high = middle }
    }
    return MentionLineReference(
      start: start, record: record, index: low - 1, mention: position - Int(firsts[low - 1]))
  }

  func makeIterator() -> Iterator { Iterator(order: self) }

  struct Iterator: IteratorProtocol {
    let order: MentionLineOrder
    var line = 0

    mutating func next() -> MentionLineReference? {
      guard line < order.keys.count else { return nil }
      let key = order.keys[line]
      line += 1
      return order.reference(start: Int(key >> 32), position: Int(truncatingIfNeeded: key & 0xFFFF_FFFF))
    }
  }
}
