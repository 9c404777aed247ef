/// Short forms of a source sentence for a brief: the clause that holds an item, cut at Chinese (and
/// Latin) clause punctuation. A brief line has room for a clause, not a sentence.
enum SentenceClauses {
  /// Punctuation that ends a clause. 、 does not: it separates items of a list inside one clause.
  static let breaks: Set<Character> = ["，", "；", "：", "。", "！", "？", ",", ";", ":", "!", "?"]
  /// Characters trimmed from both ends of a short form.
  static let trimmed: Set<Character> = ["，", "、", "；", "：", "。", "！", "？", " ", "\n", ",", ";", ":"]

  /// The sentence's clauses in order, punctuation dropped, empty ones skipped, with the character
  /// offset each starts at.
  static func clauses(_ sentence: String) -> [(start: Int, text: String)] {
    var result: [(start: Int, text: String)] = []
    var current = ""
    var currentStart = 0
    for (offset, character) in sentence.enumerated() {
      if breaks.contains(character) {
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

  /// The clause holding the first occurrence of `surface`, else the sentence's first clause.
  static func clause(of sentence: String, holding surface: String) -> String {
    let all = clauses(sentence)
    guard let index = clauseIndex(all, sentence: sentence, surface: surface) else {
      return all.first?.text ?? sentence
    }
    return all[index].text
  }

  /// What happened at a date, from the clause that holds it: a clause that opens with the date
  /// (3月5日自治区总工会举办…) without the date; a clause that ends with it (在即将进入的炎夏季节) or
  /// leaves too little (3月29日，张文斌团队迎来高光时刻), the next clause; a date inside the clause
  /// (自治区总工会自2023年起) keeps the whole clause, since cutting the date out would break it.
  static func event(in sentence: String, date surface: String, minimumLength: Int = 4) -> String {
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

  /// `text` cut to at most `limit` characters, ending in … when cut.
  static func shortened(_ text: String, limit: Int) -> String {
    guard text.count > limit, limit > 1 else { return text }
    return String(text.prefix(limit - 1)) + "…"
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
    while let first = scalars.first, trimmed.contains(first) { scalars.removeFirst() }
    while let last = scalars.last, trimmed.contains(last) { scalars.removeLast() }
    return String(scalars)
  }
}
