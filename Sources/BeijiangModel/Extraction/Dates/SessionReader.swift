/// 十二届全国人大四次会议, 全国政协第十二届委员会第一次会议: a session of the national congresses
/// falls in a known year (term N from the fifth on meets every five years from 1978, its k-th
/// session k − 1 years later), so a 两会 report that writes no year of its own still tells it.
/// Weak evidence: the article may look back on a past session, so it fixes the year only when no
/// written year votes (`ReferenceDate`). Local congresses (嘉兴市第九届人民代表大会) have their own
/// terms and are not read: only the bodies listed in `datelines.json` count.
struct SessionReader {
  private let lexicon = DatelineLexicon.shared
  private let numbers = MetricsLexicon.shared.numbers

  /// The latest session year named in the parts, if any.
  func year(in parts: [[Unicode.Scalar]]) -> Int? {
    var found: Int?
    for body in lexicon.sessions {
      for word in body.bodies.map(\.scalars) {
        for part in parts {
          // The first scalar first: `has` copies a slice, and almost no index starts a body.
          for index in part.indices
          where (word.isEmpty || part[index] == word[0]) && RelativeDateTables.has(word, in: part, at: index)
          {
            guard let year = year(of: body, part, bodyAt: index, bodyEnd: index + word.count) else {
              continue
            }
            found = max(found ?? year, year)
          }
        }
      }
    }
    return found
  }

  private func year(
    of body: DatelineLexicon.Session, _ part: [Unicode.Scalar], bodyAt start: Int, bodyEnd: Int
  )
    -> Int?
  {
    let termMarker = lexicon.sessionTermMarker.scalars
    var after = bodyEnd
    var term = countEnding(part, at: start - termMarker.count).flatMap {
      RelativeDateTables.has(termMarker, in: part, at: start - termMarker.count) ? $0 : nil
    }
    if term == nil, let (value, end) = count(part, at: after),
      RelativeDateTables.has(termMarker, in: part, at: end)
    {
      (term, after) = (value, end + termMarker.count)
    }
    guard let term, term >= body.term, let session = sessionNumber(part, from: after),
      (1...5).contains(session)
    else { return nil }
    return body.year + body.termYears * (term - body.term) + session - 1
  }

  /// 第一次会议 or 四次会议 within `sessionReach` characters.
  private func sessionNumber(_ part: [Unicode.Scalar], from start: Int) -> Int? {
    let marker = lexicon.sessionMarker.scalars
    for index in start..<min(part.count, start + lexicon.sessionReach) {
      if let (value, end) = count(part, at: index), RelativeDateTables.has(marker, in: part, at: end) {
        return value
      }
    }
    return nil
  }

  /// A count at `index`, past an ordinal 第.
  private func count(_ part: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
    guard index < part.count else { return nil }
    let ordinal = lexicon.sessionOrdinal.scalars
    let from = RelativeDateTables.has(ordinal, in: part, at: index) ? index + ordinal.count : index
    return numbers.readCount(part, at: from)
  }

  /// The count whose numerals end right at `end` (十二 of 十二届).
  private func countEnding(_ part: [Unicode.Scalar], at end: Int) -> Int? {
    guard end > 0, end <= part.count else { return nil }
    for start in stride(from: max(0, end - 4), to: end, by: 1) {
      if let (value, stop) = numbers.readCount(part, at: start), stop == end { return value }
    }
    return nil
  }
}
