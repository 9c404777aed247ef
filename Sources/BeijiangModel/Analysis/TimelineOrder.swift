/// The order of a timeline: what is dated, by day; then what has no known year, as written.
extension DateMention {
  public static func timelineOrder(_ lhs: DateMention, _ rhs: DateMention) -> Bool {
    switch (lhs.sortDate, rhs.sortDate) {
    case (let left?, let right?):
      let leftEnd = lhs.endDate ?? left
      let rightEnd = rhs.endDate ?? right
      return (left, leftEnd, lhs.start) < (right, rightEnd, rhs.start)
    case (.some, .none): return true
    case (.none, .some): return false
    case (.none, .none): return lhs.start < rhs.start
    }
  }
}
