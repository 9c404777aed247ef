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
  /// Words that start with an opener but go on as one word (呼和浩特's 和浩特, 就业, 及时): no cut there.
  static let notOpeners = [
    "和浩特", "和林格尔", "和谐", "和平", "和美", "及时", "就业", "就地", "就近", "就医", "就读", "为民", "为主", "为期",
    "对外", "对接", "对口", "对标", "向好", "向上", "从业", "从严", "在线", "在建", "在职", "在校", "在岗", "并网",
    "并购", "与会", "将军",
  ]
  /// The two lists as Characters, made once: `endsPhrase` tries every word at every cut position
  /// of every long clause, and making each word's array there was most of this file's time.
  private static let openerCharacters = phraseOpeners.map(Array.init)
  private static let notOpenerCharacters = notOpeners.map(Array.init)
  static let closers: Set<Character> = ["》", "”", "）", ")", "」"]
  /// Pairs a cut never falls inside: a title, a quote, a bracket.
  static let pairs: [Character: Character] = ["《": "》", "“": "”", "（": "）", "(": ")", "「": "」"]
  /// Characters before a date that make it the term of a comparison (比上年, 较去年同期): it anchors no
  /// event. Not 与, which joins as often as it compares (与2024年…活动相结合).
  static let comparisons: Set<Unicode.Scalar> = ["比", "较"]
  static let datelineMark: Unicode.Scalar = "电"

  /// Whether the date at `date` (scalar offsets into `text`) is compared against (比上年增长7.3%) or
  /// dates a dateline (新华社呼和浩特6月16日电), which says when the report was filed, not what
  /// happened. Scalars, not Characters: no normalisation is needed to find a date's digits and Han.
  static func anchorsNothing(_ text: [Unicode.Scalar], date: Range<Int>) -> Bool {
    (date.lowerBound > 0 && comparisons.contains(text[date.lowerBound - 1]))
      || (date.upperBound < text.count && text[date.upperBound] == datelineMark)
      || inSourceLine(text, date: date)
  }

  /// Marks that make a line prose: a source or publication line has none of them.
  private static let clauseMarks: Set<Unicode.Scalar> = ["，", "。", "；", "！", "？", ",", ";", "、"]

  /// Whether the date stands in a source or publication line (《工人日报》(2023年12月27日 02版),
  /// 发布时间：2024-11-30 20:16 来源：北疆日报, 2024年11月29日 星期五 第3版): the line says when and where
  /// the story was printed, which is the reference date's evidence (`DatelineReader`), not an event.
  /// Only a short line without clause marks is asked, as the reader asks its candidate lines.
  static func inSourceLine(_ text: [Unicode.Scalar], date: Range<Int>) -> Bool {
    func isBreak(_ scalar: Unicode.Scalar) -> Bool { scalar == "\n" || scalar == "\r" }
    let start = text[..<date.lowerBound].lastIndex(where: isBreak).map { $0 + 1 } ?? 0
    let end = text[date.upperBound...].firstIndex(where: isBreak) ?? text.count
    let line = text[start..<end]
    guard line.count <= DatelineLexicon.shared.maxDatelineLength, !line.contains(where: clauseMarks.contains)
    else { return false }
    return DatelineReader().publicationDate([Array(line)]) != nil
  }

  /// Where the words after a dateline and its bracketed credit begin (新华社呼和浩特6月16日电（记者
  /// 王明）…), when one stands before `offset`; else 0. A later date of the same sentence takes its
  /// event from what follows the dateline, never from the dateline itself.
  static func datelineEnd(_ text: [Unicode.Scalar], before offset: Int) -> Int {
    guard let mark = text[..<offset].firstIndex(where: { $0 == datelineMark }), mark > 0,
      text[mark - 1] == "日"
    else { return 0 }
    var index = pastSpaces(text, from: mark + 1)
    if index < offset, text[index] == "（" || text[index] == "(",
      let close = text[index..<offset].firstIndex(where: { $0 == "）" || $0 == ")" })
    {
      index = pastSpaces(text, from: close + 1)
    }
    return min(index, offset)
  }

  private static func pastSpaces(_ text: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < text.count, text[index] == " " || text[index] == "\u{3000}" { index += 1 }
    return index
  }

  /// Where the date stands in the sentence: at `offset` when its text is there, else (no offset, or
  /// a sentence that was cut) its first occurrence.
  static func place(of date: [Unicode.Scalar], in text: [Unicode.Scalar], at offset: Int?) -> Range<Int>? {
    guard !date.isEmpty else { return nil }
    if let offset, offset >= 0, offset + date.count <= text.count,
      text[offset..<(offset + date.count)].elementsEqual(date)
    {
      return offset..<(offset + date.count)
    }
    return SentenceClauses.firstOccurrence(of: date, in: text).map { $0..<($0 + date.count) }
  }

  /// A title longer than this keeps its first `titleHead` characters and last `titleTail`.
  static let longTitle = 14
  static let titleHead = 12
  static let titleTail = 3
  /// The longest kind kept from a title's last 的 (的若干意见).
  static let titleKind = 6

  /// The phrase of the date `surface` that starts at scalar `offset` of `sentence`; without an
  /// offset, of its first occurrence.
  public static func phrase(sentence: String, date surface: String, at offset: Int? = nil, limit: Int = limit)
    -> String?
  {
    let clause: String
    if let text = SentenceClauses.plainScalars(sentence), let date = SentenceClauses.plainScalars(surface) {
      let place = place(of: date, in: text, at: offset)
      if let place, anchorsNothing(text, date: place) { return nil }
      let lead = place.map { datelineEnd(text, before: $0.lowerBound) } ?? 0
      let shifted = place.map { ($0.lowerBound - lead)..<($0.upperBound - lead) }
      clause = SentenceClauses.event(in: Array(text[lead...]), date: shifted)
    } else {
      // A scalar that is no Character of its own: the clause is read on Characters, where a
      // scalar offset means nothing, so at the first occurrence.
      let text = Array(sentence.unicodeScalars)
      let date = Array(surface.unicodeScalars)
      if !date.isEmpty, let place = place(of: date, in: text, at: nil), anchorsNothing(text, date: place) {
        return nil
      }
      clause = SentenceClauses.event(in: sentence, date: surface)
    }
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
      return !opensTitle(characters, end) && (end == characters.count || !insideTitle(characters, end))
    }
    func starts(_ word: [Character]) -> Bool {
      end + word.count <= characters.count && characters[end..<(end + word.count)].elementsEqual(word)
    }
    return openerCharacters.contains(where: starts) && !notOpenerCharacters.contains(where: starts)
      && !insideTitle(characters, end)
  }

  private static func opensTitle(_ characters: [Character], _ end: Int) -> Bool {
    characters[end - 1] == "《"
  }

  /// Whether position `end` lies inside 《…》, a quote or a bracket.
  private static func insideTitle(_ characters: [Character], _ end: Int) -> Bool {
    var open: [Character] = []
    for character in characters[0..<end] {
      if let closer = pairs[character] {
        open.append(closer)
      } else if let index = open.lastIndex(of: character) {
        open.removeSubrange(index...)
      }
    }
    return !open.isEmpty
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
