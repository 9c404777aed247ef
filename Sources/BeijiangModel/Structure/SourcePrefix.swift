/// The source words a news lead opens with, before its story: an agency's or paper's mark (中工网讯,
/// 本报讯, 新华社消息), an agency dateline (新华社呼和浩特6月16日电), and a bracketed credit after either
/// or alone ((记者李玉波), （记者 周蕾 通讯员 郭鹏杰）). They say who filed the story, never what it is
/// about, so no title opens with them. The agency words are the dateline reader's
/// (`datelines.json`: `agencyNames`, `agencyEndings`, `agencyReach`), so the two agree.
enum SourcePrefix {
  private static let lexicon = DatelineLexicon.shared
  private static let names = lexicon.agencyNames.map(Array.init)
  private static let endings = lexicon.agencyEndings.map(Array.init)

  /// How many Characters of `line` its source words take, spaces after them included; 0 when it
  /// opens with none. `isCredit` tells whether a bracket's content is a credit.
  static func length(of line: String, isCredit: (String) -> Bool) -> Int {
    // The mark and a credit of a few names fit in the reach and a bracket's length.
    let characters = Array(line.prefix(lexicon.agencyReach + ArticleTitle.Lexicon.shared.longestTitle))
    let mark = agencyMark(characters)
    var end = mark == 0 ? 0 : pastSpaces(characters, from: mark)
    if end < characters.count, "(（".contains(characters[end]),
      let close = characters[end...].firstIndex(where: { ")）".contains($0) }),
      isCredit(String(characters[(end + 1)..<close])) || mark > 0 && isNames(characters[(end + 1)..<close])
    {
      end = pastSpaces(characters, from: close + 1)
    }
    return end
  }

  /// Names alone in a bracket right after an agency mark are its reporters, (刘晓东 梁晓虹),
  /// written without 记者: a few Han words, no clause marks, no longer than a byline.
  private static func isNames(_ inner: ArraySlice<Character>) -> Bool {
    !inner.isEmpty && inner.count <= CreditLine.maximumLength / 2
      && inner.allSatisfy { $0.isHanOrDigit || " 、·\u{3000}".contains($0) }
  }

  /// The end of 中工网讯, 本报讯, 新华社消息 (an agency name right before 讯 or 消息) or of an agency
  /// dateline (…社…6月16日电: an agency name, then a day, then 电), within `agencyReach`; else 0.
  /// The words before the ending are Han and digits only: a comma means the story has begun.
  private static func agencyMark(_ characters: [Character]) -> Int {
    let reach = min(characters.count, lexicon.agencyReach)
    for end in 2...max(2, reach) where end <= characters.count {
      for ending in endings where end - ending.count > 0 {
        let start = end - ending.count
        guard characters[start..<end].elementsEqual(ending) else { continue }
        let before = characters[0..<start]
        guard before.allSatisfy({ $0.isHanOrDigit }) else { return 0 }
        if ending == ["电"] {
          if before.last == "日", names.contains(where: { before.firstRange(of: $0) != nil }) { return end }
        } else if names.contains(where: { before.hasSuffix($0) }),
          end == characters.count || characters[end] != "息"  // 讯息 is one word (全网讯息)
        {
          return end
        }
      }
      if !characters[end - 1].isHanOrDigit { return 0 }
    }
    return 0
  }

  private static func pastSpaces(_ characters: [Character], from start: Int) -> Int {
    var index = start
    while index < characters.count, characters[index] == " " || characters[index] == "\u{3000}" { index += 1 }
    return index
  }
}

extension Character {
  fileprivate var isHanOrDigit: Bool {
    guard let scalar = unicodeScalars.first, unicodeScalars.count == 1 else { return false }
    return ScalarClass.isHan(scalar) || ScalarClass.isArabicDigit(scalar)
  }
}

extension ArraySlice where Element == Character {
  fileprivate func hasSuffix(_ word: [Character]) -> Bool {
    count >= word.count && suffix(word.count).elementsEqual(word)
  }
}
