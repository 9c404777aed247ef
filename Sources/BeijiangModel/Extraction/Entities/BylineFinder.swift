/// Reporters and photographers named in bylines and credits — 记者 周蕾, （记者马芳）, 新华社记者 贝赫 摄,
/// 通讯员 郭鹏杰 王瑞波, 梁晓虹 摄, 记者 周 蕾 — so that they are kept as the article's reporters, not its actors.
/// A credited name is two to four Han characters ending at a space, a bracket, punctuation, the end
/// of the paragraph or a credit word after it (摄, 报道); glued straight to the credit word it must
/// start with a surname, so 记者获悉 and 记者了解到 name no one. A name alone in brackets is a
/// credit too where reports put one: closing the paragraph (……发挥作用。(刘志雯)) or right after a
/// dateline's 电 (新华网呼和浩特11月29日电(杨腾格尔)); it must start with a surname.
struct BylineFinder {
  let lexicon: EntityLexicon
  static let nameLength = 2...4

  func names(in paragraph: ScalarParagraph, blocked: CoveredOffsets) -> [TextSpan] {
    var found: [TextSpan] = []
    var photoCredits = CreditWordsAhead(paragraph, words: lexicon.creditsAfter)
    var offset = 0
    while offset < paragraph.count {
      if let credit = lexicon.creditsBefore.longestMatch(in: paragraph.scalars, at: offset) {
        let names = namesAfterCredit(paragraph, from: offset + credit.length)
        found += names.filter { !blocked.overlaps($0) }
        offset = max(offset + credit.length, names.last?.end ?? 0)
        continue
      }
      if let bracketed = bracketedCredits(paragraph, at: offset),
        !bracketed.names.contains(where: blocked.overlaps)
      {
        found += bracketed.names
        offset = bracketed.end
        continue
      }
      if photoCredits.mayEndName(startingAt: offset), let photo = photoCredit(paragraph, at: offset),
        !blocked.overlaps(photo)
      {
        found.append(photo)
        offset = photo.end
        continue
      }
      offset += 1
    }
    return found
  }

  /// The names after a credit word, separated by spaces (记者 李玉波 通讯员 王瑞波 霍日查 is read as two
  /// credits, since a credit word ends the run).
  private func namesAfterCredit(_ paragraph: ScalarParagraph, from start: Int) -> [TextSpan] {
    var names: [TextSpan] = []
    var position = start
    while true {
      let separated = position < paragraph.count && isSeparator(paragraph.scalars[position])
      while position < paragraph.count, isSeparator(paragraph.scalars[position]) { position += 1 }
      let surnamed = lexicon.surnames.longestMatch(in: paragraph.scalars, at: position) != nil
      // Set apart by spaces after a credit word, a surname-led name may hold a character that is
      // otherwise never in one (向 of 记者 刘向平 实习生 …): the byline leaves no other reading.
      guard lexicon.creditsBefore.longestMatch(in: paragraph.scalars, at: position) == nil,
        let end = (separated ? spacedNameEnd(paragraph, from: position) : nil)
          ?? nameEnd(paragraph, from: position, spacedOut: separated && surnamed),
        separated || surnamed
      else { return names }
      names.append(TextSpan(paragraph: paragraph.index, start: position, end: end))
      let last = listedNames(paragraph, after: end, into: &names)
      guard last < paragraph.count, EntityScalarClass.isSpace(paragraph.scalars[last]) else {
        return names
      }
      position = last
    }
  }

  /// More names after a credited one, each after a 、 (通讯员钱志刚、孙丽娜): surname-led, and not a
  /// credit word, which starts a credit of its own. Returns where the list ends.
  private func listedNames(_ paragraph: ScalarParagraph, after end: Int, into names: inout [TextSpan])
    -> Int
  {
    var last = end
    while last + 1 < paragraph.count, paragraph.scalars[last] == "、",
      lexicon.surnames.longestMatch(in: paragraph.scalars, at: last + 1) != nil,
      lexicon.creditsBefore.longestMatch(in: paragraph.scalars, at: last + 1) == nil,
      let next = nameEnd(paragraph, from: last + 1)
    {
      names.append(TextSpan(paragraph: paragraph.index, start: last + 1, end: next))
      last = next
    }
    return last
  }

  /// The end of a name typeset with a space between surname and given name (记者 周 蕾, 欧阳 菲菲):
  /// a surname, one space, one or two Han characters, then a break or a credit word. Tried before
  /// the unspaced reading, since a surname alone (欧阳) is no name.
  private func spacedNameEnd(_ paragraph: ScalarParagraph, from start: Int) -> Int? {
    let scalars = paragraph.scalars
    guard let surname = lexicon.surnames.longestMatch(in: scalars, at: start) else { return nil }
    let gap = start + surname.length
    guard gap < scalars.count, EntityScalarClass.isSpace(scalars[gap]) else { return nil }
    var end = gap + 1
    while end < scalars.count, end - gap <= 2, EntityScalarClass.isHan(scalars[end]),
      lexicon.creditsAfter.longestMatch(in: scalars, at: end) == nil
    {
      end += 1
    }
    let givenLength = end - gap - 1
    guard (1...2).contains(givenLength), surname.length + givenLength <= 4,
      end == scalars.count || !EntityScalarClass.isHan(scalars[end])
        || lexicon.creditsAfter.longestMatch(in: scalars, at: end) != nil,
      !(gap + 1..<end).contains(where: { lexicon.nonNameScalars.contains(scalars[$0]) })
    else { return nil }
    return end
  }

  /// A bracket holding only surname-led names and credit words, separated by spaces or 、, at the
  /// paragraph's end or right after a dateline's 电: (刘志雯), (刘晓东 梁晓虹), (陈建国 记者 周海涛).
  /// Anything else inside — a verb, a place, a single character — and the bracket credits no one.
  private func bracketedCredits(_ paragraph: ScalarParagraph, at offset: Int)
    -> (names: [TextSpan], end: Int)?
  {
    let scalars = paragraph.scalars
    guard EntityScalarClass.isOpeningBracket(scalars[offset]) else { return nil }
    var names: [TextSpan] = []
    var position = offset + 1
    while true {
      while position < scalars.count, EntityScalarClass.isSpace(scalars[position]) || scalars[position] == "、"
      {
        position += 1
      }
      guard position < scalars.count else { return nil }
      if EntityScalarClass.isClosingBracket(scalars[position]) { break }
      if let credit = lexicon.creditsBefore.longestMatch(in: scalars, at: position) {
        position += credit.length
        continue
      }
      guard lexicon.surnames.longestMatch(in: scalars, at: position) != nil,
        let end = nameEnd(paragraph, from: position), end < scalars.count,
        EntityScalarClass.isSpace(scalars[end]) || scalars[end] == "、"
          || EntityScalarClass.isClosingBracket(scalars[end])
      else { return nil }
      names.append(TextSpan(paragraph: paragraph.index, start: position, end: end))
      position = end
    }
    var before = offset
    while before > 0, EntityScalarClass.isSpace(scalars[before - 1]) { before -= 1 }
    let closesParagraph = scalars[(position + 1)...].allSatisfy(EntityScalarClass.isSpace)
    let followsDateline = before > 0 && scalars[before - 1] == "电"
    guard !names.isEmpty, closesParagraph || followsDateline else { return nil }
    return (names, position + 1)
  }

  /// A name standing alone before 摄 (梁晓虹 摄, 郭纳摄): after a space, a bracket or punctuation.
  private func photoCredit(_ paragraph: ScalarParagraph, at offset: Int) -> TextSpan? {
    guard offset == 0 || !EntityScalarClass.isHan(paragraph.scalars[offset - 1]),
      let end = nameEnd(paragraph, from: offset)
    else { return nil }
    var after = end
    while after < paragraph.count, EntityScalarClass.isSpace(paragraph.scalars[after]) { after += 1 }
    guard let credit = lexicon.creditsAfter.longestMatch(in: paragraph.scalars, at: after),
      after + credit.length == paragraph.count
        || !EntityScalarClass.isHan(paragraph.scalars[after + credit.length])
    else { return nil }
    return TextSpan(paragraph: paragraph.index, start: offset, end: end)
  }

  /// The end of a two-to-four-character name starting at `start`, when a break or a credit word
  /// follows it and it holds no character or word that is never in a name.
  private func nameEnd(_ paragraph: ScalarParagraph, from start: Int, spacedOut: Bool = false)
    -> Int?
  {
    let ends = Self.nameLength.map { start + $0 }.filter {
      isName(paragraph, start..<$0, spacedOut: spacedOut)
    }
    // A credit word right after the name ends it first (马芳报道 is 马芳), then any break.
    if let end = ends.first(where: { lexicon.creditsAfter.longestMatch(in: paragraph.scalars, at: $0) != nil }
    ) {
      return end
    }
    return ends.last { $0 == paragraph.count || !EntityScalarClass.isHan(paragraph.scalars[$0]) }
  }

  private func isName(_ paragraph: ScalarParagraph, _ range: Range<Int>, spacedOut: Bool) -> Bool {
    range.upperBound <= paragraph.count
      && range.allSatisfy { EntityScalarClass.isHan(paragraph.scalars[$0]) }
      && (spacedOut || !range.contains { lexicon.nonNameScalars.contains(paragraph.scalars[$0]) })
      && !range.contains { lexicon.nameStopwords.longestMatch(in: paragraph.scalars, at: $0) != nil }
  }

  private func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
    EntityScalarClass.isSpace(scalar) || scalar == "：" || scalar == ":" || scalar == "/"
  }
}
