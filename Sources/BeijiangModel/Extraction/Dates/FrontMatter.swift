/// The `date:` of a Markdown front matter block, as note-taking tools write it at the top of a
/// file: a `---` line, `key: value` lines, a closing `---` line.
enum FrontMatter {
  static func date(in scalars: [Unicode.Scalar], lexicon: DatelineLexicon = .shared) -> CivilDate? {
    let fence = Array(lexicon.frontMatterFence.unicodeScalars)
    let start = scalars.first == "\u{FEFF}" ? 1 : 0
    guard scalars.count >= start + fence.count, Array(scalars[start..<(start + fence.count)]) == fence else {
      return nil
    }
    let lines = leadingLines(scalars, limit: 64)
    guard lines.first == lexicon.frontMatterFence else { return nil }
    for line in lines.dropFirst() {
      if line == lexicon.frontMatterFence { return nil }
      guard let colon = line.firstIndex(of: ":") else { continue }
      let key = line[..<colon].trimmed([" ", "\t"])
      guard lexicon.frontMatterKeys.contains(key) else { continue }
      let value = line[line.index(after: colon)...].trimmed([" ", "\t", "\"", "'"])
      if let date = CivilDate(iso: String(value.prefix(10))) { return date }
    }
    return nil
  }

  /// The first `limit` lines (a front matter block is short), a BOM and line-end spaces dropped.
  private static func leadingLines(_ scalars: [Unicode.Scalar], limit: Int) -> [String] {
    var lines: [String] = []
    var current = String.UnicodeScalarView()
    for scalar in scalars where scalar != "\u{FEFF}" && scalar != "\r" {
      if scalar == "\n" {
        lines.append(String(current).trimmed([" ", "\t"]))
        current = String.UnicodeScalarView()
        if lines.count >= limit { break }
      } else {
        current.append(scalar)
      }
    }
    if lines.count < limit { lines.append(String(current)) }
    return lines
  }
}

extension String {
  /// Drops the given characters from both ends (Foundation-free).
  fileprivate func trimmed(_ set: Set<Character>) -> String {
    String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
  }
}

extension Substring {
  fileprivate func trimmed(_ set: Set<Character>) -> String {
    String(self).trimmed(set)
  }
}
