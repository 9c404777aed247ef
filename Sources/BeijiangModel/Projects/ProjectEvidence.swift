/// Weighted evidence for each project found in a piece of text.
///
/// Kept as a short array in key order, not a dictionary: a text has evidence for at most the
/// seven project keys, and every paragraph's evidence is summed and ranked, each step hashing the
/// keys; ranking happens once per paragraph (`ProjectClassifier`).
struct ProjectEvidence: Equatable {
  private struct Entry: Equatable {
    let key: String
    var score: Int
  }

  /// In key order, so equal evidence is one array whatever order it was added in.
  private var entries: [Entry] = []

  mutating func add(_ key: String, _ weight: Int) {
    var index = 0
    while index < entries.count, entries[index].key < key { index += 1 }
    if index < entries.count, entries[index].key == key {
      entries[index].score += weight
    } else {
      entries.insert(Entry(key: key, score: weight), at: index)
    }
  }

  /// Adds another piece of text's evidence to this one, in place.
  mutating func add(_ other: ProjectEvidence) {
    for entry in other.entries { add(entry.key, entry.score) }
  }

  static func + (left: ProjectEvidence, right: ProjectEvidence) -> ProjectEvidence {
    var sum = left
    sum.add(right)
    return sum
  }

  func scaled(by factor: Int) -> ProjectEvidence {
    var result = self
    for index in result.entries.indices { result.entries[index].score *= factor }
    return result
  }

  func score(_ key: String) -> Int { entries.first { $0.key == key }?.score ?? 0 }

  /// Projects by descending score; ties in key order so results never depend on hashing.
  var ranked: [(key: String, score: Int)] {
    entries.map { (key: $0.key, score: $0.score) }.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key
    }
  }
}
