/// Weighted evidence for each project found in a piece of text.
struct ProjectEvidence: Equatable {
  private(set) var scores: [String: Int] = [:]

  mutating func add(_ key: String, _ weight: Int) {
    scores[key, default: 0] += weight
  }

  /// Adds another piece of text's evidence to this one, in place.
  mutating func add(_ other: ProjectEvidence) {
    for (key, weight) in other.scores { add(key, weight) }
  }

  static func + (left: ProjectEvidence, right: ProjectEvidence) -> ProjectEvidence {
    var sum = left
    sum.add(right)
    return sum
  }

  func scaled(by factor: Int) -> ProjectEvidence {
    var result = ProjectEvidence()
    for (key, weight) in scores { result.add(key, weight * factor) }
    return result
  }

  func score(_ key: String) -> Int { scores[key] ?? 0 }

  /// Projects by descending score; ties in key order so results never depend on hashing.
  var ranked: [(key: String, score: Int)] {
    scores.map { (key: $0.key, score: $0.value) }.sorted {
      $0.score != $1.score ? $0.score > $1.score : $0.key < $1.key
    }
  }
}
