/// The open sections a new heading may nest under, lowest level first: the parent of a section is
/// the nearest earlier section with a lower level. Keeping only the chain of possible parents makes
/// that lookup amortised constant, where searching back through all sections grew with their
/// square (100 000 headings of one level).
struct AncestorStack {
  private var chain: [(id: String, level: Int)] = []

  /// Pops sections that can no longer be anyone's parent (level at or above `level`) and returns
  /// the one left on top.
  mutating func parent(ofLevel level: Int) -> String? {
    while let last = chain.last, last.level >= level { chain.removeLast() }
    return chain.last?.id
  }

  mutating func push(id: String, level: Int) {
    chain.append((id, level))
  }
}
