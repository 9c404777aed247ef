/// A mention line before it is built: the offset it sorts by and the record (and, for named things,
/// the mention) it comes from. `beijiang extract` sorts these small values into text order and then
/// writes each line straight into its output, instead of building and sorting a `JSONValue` per line
/// and keeping them all until the end.
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
  static func inTextOrder(_ analysis: DocumentAnalysis) -> [MentionLineReference] {
    var references: [MentionLineReference] = []
    // By index throughout: iterating the records would copy each one (a retain per field).
    for index in analysis.metrics.indices {
      references.append(.init(start: analysis.metrics[index].quantity.start, record: .metric, index: index))
    }
    for index in analysis.dates.indices {
      references.append(.init(start: analysis.dates[index].date.start, record: .date, index: index))
    }
    for index in analysis.ordinals.indices {
      references.append(.init(start: analysis.ordinals[index].start, record: .ordinal, index: index))
    }
    func addMentions<Details>(of records: [EntityRecord<Details>], as record: Record) {
      for index in records.indices {
        for mention in records[index].mentions.indices {
          references.append(
            .init(
              start: records[index].mentions[mention].start, record: record, index: index, mention: mention))
        }
      }
    }
    addMentions(of: analysis.people, as: .person)
    addMentions(of: analysis.organizations, as: .organization)
    addMentions(of: analysis.places, as: .place)
    addMentions(of: analysis.quotes, as: .quote)
    addMentions(of: analysis.initiatives, as: .initiative)
    // Sorted as one integer each, the start above the listing position, which gives the order of
    // comparing (start, position) pairs: a closure comparing pairs through the array cost several
    // times as much per comparison. Both fit in 32 bits: inputs are limited to 32 MiB
    // (`TextDecoder.maximumBytes`), so fewer scalars and lines than that.
    var keys = references.indices.map { UInt64(references[$0].start) << 32 | UInt64($0) }
    keys.sort()
    return keys.map { references[Int(truncatingIfNeeded: $0 & 0xFFFF_FFFF)] }
  }

  private init(start: Int, record: Record, index: Int, mention: Int = 0) {
    self.start = start
    self.record = record
    self.index = index
    self.mention = mention
  }
}
