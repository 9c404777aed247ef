/// Short forms of a source sentence for a brief: the clause that holds an item, cut at Chinese (and
/// Latin) clause punctuation. A brief line has room for a clause, not a sentence.
///
/// Read on Unicode scalars: comparing Characters normalises every one, and that was most of the
/// time the briefs and event phrases spent here (docs/performance.md, Session 8). A scalar is a
/// Character in the scripts news text is written in; a sentence with any other scalar (a combining
/// mark, CR, a joiner) is read on Characters as before, so both readings give the same clauses.
enum SentenceClauses {
  /// Punctuation that ends a clause. 、 does not: it separates items of a list inside one clause.
  /// A line break too: a sentence that runs over lines (a list's heading above its first item) is
  /// two clauses.
  static let breaks: Set<Character> = ["，", "；", "：", "。", "！", "？", ",", ";", ":", "!", "?", "\n"]
  /// Characters trimmed from both ends of a short form.
  static let trimmed: Set<Character> = ["，", "、", "；", "：", "。", "！", "？", " ", "\n", ",", ";", ":"]

  /// `breaks` as scalar values.
  static func isBreak(_ value: UInt32) -> Bool {
    switch value {
    case 0xFF0C, 0xFF1B, 0xFF1A, 0x3002, 0xFF01, 0xFF1F, 0x2C, 0x3B, 0x3A, 0x21, 0x3F, 0x0A: true
    default: false
    }
  }

  /// `trimmed` as scalar values.
  static func isTrimmed(_ value: UInt32) -> Bool {
    switch value {
    case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x3002, 0xFF01, 0xFF1F, 0x20, 0x0A, 0x2C, 0x3B, 0x3A: true
    default: false
    }
  }

  /// Whether a scalar is a Character of its own next to any other such scalar, and equal to no
  /// other scalar under canonical equivalence: ASCII but CR, Latin-1, general punctuation (no
  /// joiners), CJK punctuation (not the tone marks 〪–〯), Han, full-width forms (not ﾞ ﾟ).
  static func standsAlone(_ value: UInt32) -> Bool {
    switch value {
    case 0x09, 0x0A, 0x20...0x7E, 0xA0...0xFF: true
    case 0x2010...0x2027, 0x2030...0x205E: true
    case 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF: true
    case 0xFF01...0xFF9D: true
    default: false
    }
  }

  /// The scalars of `text` when each is one Character, else nil.
  static func plainScalars(_ text: String) -> [Unicode.Scalar]? {
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(text.utf8.count / 3 + 1)
    for scalar in text.unicodeScalars {
      guard standsAlone(scalar.value) else { return nil }
      scalars.append(scalar)
    }
    return scalars
  }

  /// The sentence's clauses in order as scalar ranges, punctuation dropped, empty ones skipped.
  static func clauseRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
    var result: [Range<Int>] = []
    var start = 0
    for (offset, scalar) in scalars.enumerated() where isBreak(scalar.value) {
      if offset > start { result.append(start..<offset) }
      start = offset + 1
    }
    if scalars.count > start { result.append(start..<scalars.count) }
    return result
  }

  /// The sentence's clauses in order, punctuation dropped, empty ones skipped, with the offset
  /// each starts at (in scalars, which are its Characters, when `plainScalars` reads it).
  static func clauses(_ sentence: String) -> [(start: Int, text: String)] {
    guard let scalars = plainScalars(sentence) else { return CharacterClauses.clauses(sentence) }
    return clauseRanges(scalars).map { ($0.lowerBound, String(scalars: scalars[$0])) }
  }

  /// The clause holding the first occurrence of `surface`, else the sentence's first clause.
  static func clause(of sentence: String, holding surface: String) -> String {
    guard let text = plainScalars(sentence), let date = plainScalars(surface) else {
      return CharacterClauses.clause(of: sentence, holding: surface)
    }
    let all = clauseRanges(text)
    guard let start = firstOccurrence(of: date, in: text), let index = clauseIndex(all, start) else {
      return all.first.map { String(scalars: text[$0]) } ?? sentence
    }
    return String(scalars: text[all[index]])
  }

  /// What happened at a date, from the clause that holds it: a clause that opens with the date
  /// (3月5日自治区总工会举办…) without the date; a clause that ends with it (在即将进入的炎夏季节) or
  /// leaves too little (3月29日，张文斌团队迎来高光时刻), the next clause; a date inside the clause
  /// (自治区总工会自2023年起) keeps the whole clause, since cutting the date out would break it.
  /// The date is its first occurrence in the sentence.
  static func event(in sentence: String, date surface: String, minimumLength: Int = 4) -> String {
    guard let text = plainScalars(sentence), let date = plainScalars(surface) else {
      return CharacterClauses.event(in: sentence, date: surface, minimumLength: minimumLength)
    }
    let start = firstOccurrence(of: date, in: text)
    return event(in: text, date: start.map { $0..<($0 + date.count) }, minimumLength: minimumLength)
  }

  /// `event(in:date:)` for the date at `date` (scalar offsets into `text`, whose scalars are its
  /// Characters): a sentence can hold the same date text twice (…25日电 记者25日…), and each is
  /// read at its own place. Nil `date`: the sentence's first clause.
  static func event(in text: [Unicode.Scalar], date: Range<Int>?, minimumLength: Int = 4) -> String {
    let all = clauseRanges(text)
    guard let date, !date.isEmpty, let index = clauseIndex(all, date.lowerBound) else {
      return string(text, trim(text, all.first ?? 0..<text.count))
    }
    let clause = trim(text, all[index])
    let hasNext = index + 1 < all.count
    // Opening or ending the clause at the date's own place, not where the same text stands.
    if clause.lowerBound == date.lowerBound && date.upperBound <= clause.upperBound {
      let rest = trim(text, date.upperBound..<clause.upperBound)
      return rest.count >= minimumLength || !hasNext
        ? string(text, rest) : string(text, trim(text, all[index + 1]))
    }
    if clause.upperBound == date.upperBound && date.lowerBound >= clause.lowerBound && hasNext {
      return string(text, trim(text, all[index + 1]))
    }
    return string(text, clause)
  }

  /// `text` cut to at most `limit` characters, ending in … when cut.
  static func shortened(_ text: String, limit: Int) -> String {
    guard text.count > limit, limit > 1 else { return text }
    return String(text.prefix(limit - 1)) + "…"
  }

  /// Where `needle` first occurs in `text`. A plain loop: the standard library's generic
  /// `firstRange(of:)` builds a searcher and its metadata at every call, and a brief calls this
  /// once a figure and date on short needles.
  static func firstOccurrence(of needle: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Int? {
    guard let first = needle.first, needle.count <= text.count else { return nil }
    var start = 0
    while start <= text.count - needle.count {
      if text[start] == first, text[start..<(start + needle.count)].elementsEqual(needle) { return start }
      start += 1
    }
    return nil
  }

  /// Whether `text` holds `word`, as Foundation's `contains` says, read on scalars when both are
  /// plain (`plainScalars`): Foundation's search folds Characters, a cost at every figure of a brief.
  static func contains(_ text: String, _ word: String) -> Bool {
    guard let scalars = plainScalars(text), let needle = plainScalars(word) else {
      return text.contains(word)
    }
    return firstOccurrence(of: needle, in: scalars) != nil
  }

  /// The clause that starts last at or before `offset`.
  private static func clauseIndex(_ clauses: [Range<Int>], _ offset: Int) -> Int? {
    clauses.lastIndex { $0.lowerBound <= offset }
  }

  private static func trim(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
    var (low, high) = (range.lowerBound, range.upperBound)
    while low < high, isTrimmed(text[low].value) { low += 1 }
    while high > low, isTrimmed(text[high - 1].value) { high -= 1 }
    return low..<high
  }

  private static func string(_ text: [Unicode.Scalar], _ range: Range<Int>) -> String {
    String(scalars: text[range])
  }
}

/// The clauses read on Characters, for a sentence with a scalar that is not a Character of its own
/// (a combining mark, CR LF): the reading `SentenceClauses` had before it read scalars.
private enum CharacterClauses {
  static func clauses(_ sentence: String) -> [(start: Int, text: String)] {
    var result: [(start: Int, text: String)] = []
    var current = ""
    var currentStart = 0
    for (offset, character) in sentence.enumerated() {
      if SentenceClauses.breaks.contains(character) {
        if !current.isEmpty { result.append((currentStart, current)) }
        current = ""
        currentStart = offset + 1
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { result.append((currentStart, current)) }
    return result
  }

  static func clause(of sentence: String, holding surface: String) -> String {
    let all = clauses(sentence)
    guard let index = clauseIndex(all, sentence: sentence, surface: surface) else {
      return all.first?.text ?? sentence
    }
    return all[index].text
  }

  static func event(in sentence: String, date surface: String, minimumLength: Int) -> String {
    let all = clauses(sentence)
    guard let index = clauseIndex(all, sentence: sentence, surface: surface) else {
      return trim(all.first?.text ?? sentence)
    }
    let clause = trim(all[index].text)
    let hasNext = index + 1 < all.count
    if clause.hasPrefix(surface) {
      let rest = trim(String(clause.dropFirst(surface.count)))
      return rest.count >= minimumLength || !hasNext ? rest : trim(all[index + 1].text)
    }
    if clause.hasSuffix(surface) && hasNext { return trim(all[index + 1].text) }
    return clause
  }

  private static func clauseIndex(
    _ clauses: [(start: Int, text: String)], sentence: String, surface: String
  ) -> Int? {
    guard !surface.isEmpty, let range = sentence.range(of: surface) else { return nil }
    let offset = sentence.distance(from: sentence.startIndex, to: range.lowerBound)
    return clauses.lastIndex { $0.start <= offset }
  }

  private static func trim(_ text: String) -> String {
    var scalars = Substring(text)
    while let first = scalars.first, SentenceClauses.trimmed.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, SentenceClauses.trimmed.contains(last) { scalars.removeLast() }
    return String(scalars)
  }
}
