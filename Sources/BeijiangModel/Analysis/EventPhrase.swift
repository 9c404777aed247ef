/// What happened at a date, in a few words: the predicate the date anchors (国务院印发《关于推动内蒙古
/// 高质量发展…的意见》, 张文斌团队迎来高光时刻). The clause comes from `SentenceClauses.event`; a clause
/// longer than `limit` is cut only where a phrase ends — before a conjunction or preposition that
/// opens the next phrase (并, 和, 围绕 …), after a closing quote or title mark — and a long document
/// title keeps its opening words and its kind (…的意见). With no such place the phrase is nil and
/// readers show the sentence: a clipped clause opening reads worse than none.
public enum EventPhrase {
  public static let limit = 24

  /// Words that open a new phrase inside a clause: a cut just before one leaves whole phrases.
  static let phraseOpeners = [
    "、", "并", "和", "及", "暨", "与", "同时", "以及", "围绕", "通过", "为", "在", "对", "向", "把", "将", "从", "就",
    "深入", "进一步", "推动", "助力", "确保",
  ]
  static let closers: Set<Character> = ["》", "”", "）", ")", "」"]
  /// A title longer than this keeps its first `titleHead` characters and last `titleTail`.
  static let longTitle = 14
  static let titleHead = 12
  static let titleTail = 3
  /// The longest kind kept from a title's last 的 (的若干意见).
  static let titleKind = 6

  public static func phrase(sentence: String, date surface: String, limit: Int = limit) -> String? {
    let clause = SentenceClauses.event(in: sentence, date: surface)
    guard !clause.isEmpty else { return nil }
    if clause.count <= limit { return clause }
    if let cut = cut(Array(clause), limit: limit) { return cut }
    let elided = elidingTitles(clause, limit: limit)
    if elided.count <= limit { return elided }
    return cut(Array(elided), limit: limit)
  }

  /// The longest prefix of at most `limit` characters (and at least a third of it) that ends where
  /// a phrase ends.
  private static func cut(_ characters: [Character], limit: Int) -> String? {
    let minimum = max(4, limit / 3)
    var end = min(limit, characters.count)
    while end >= minimum {
      if endsPhrase(characters, at: end) { return String(characters[0..<end]) }
      end -= 1
    }
    return nil
  }

  private static func endsPhrase(_ characters: [Character], at end: Int) -> Bool {
    if end == characters.count || closers.contains(characters[end - 1]) {
      return !opensTitle(characters, end)
    }
    return phraseOpeners.contains { opener in
      let word = Array(opener)
      return end + word.count <= characters.count && Array(characters[end..<(end + word.count)]) == word
    } && !insideTitle(characters, end)
  }

  private static func opensTitle(_ characters: [Character], _ end: Int) -> Bool {
    characters[end - 1] == "《"
  }

  /// Whether position `end` lies inside 《…》.
  private static func insideTitle(_ characters: [Character], _ end: Int) -> Bool {
    var depth = 0
    for character in characters[0..<end] {
      if character == "《" { depth += 1 }
      if character == "》" { depth = max(0, depth - 1) }
    }
    return depth > 0
  }

  /// 《…》 titles longer than `longTitle` as their head, an ellipsis and their kind: the words from
  /// the title's last 的 when they are short (…的若干意见), else its last `titleTail` characters, so
  /// the kind is not cut inside a word. The head shrinks (to no less than 4) so the clause fits `limit`.
  static func elidingTitles(_ text: String, limit: Int = limit) -> String {
    var result = ""
    var title: [Character]?
    for character in text {
      if character == "《" {
        title = []
        result.append(character)
      } else if character == "》", let inner = title {
        if inner.count > longTitle {
          let tail = kind(of: inner)
          let budget = limit - (text.count - inner.count) - 1 - tail.count
          result += String(inner.prefix(max(4, min(titleHead, budget)))) + "…" + String(tail)
        } else {
          result += String(inner)
        }
        result.append(character)
        title = nil
      } else if title != nil {
        title?.append(character)
      } else {
        result.append(character)
      }
    }
    if let open = title { result += String(open) }
    return result
  }

  /// The kind closing a title: from its last 的 when at most `titleKind` characters remain.
  private static func kind(of title: [Character]) -> ArraySlice<Character> {
    if let possessive = title.lastIndex(of: "的"), title.count - possessive <= titleKind {
      return title[possessive...]
    }
    return title.suffix(titleTail)
  }
}
