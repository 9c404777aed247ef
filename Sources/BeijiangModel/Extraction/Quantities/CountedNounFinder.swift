/// The noun a counter counts: 85名北疆工匠 → 北疆工匠, 12个口岸 → 口岸. Only counters marked
/// `takesNoun` in the unit lexicon take one (户 and 人 are the counted things themselves), or a
/// self-counting one before a noun ending in `nounsOfSelfCounters` (19户科技领军企业). The noun
/// passes the same check as a label; one character is enough when punctuation ends it (24个省（区、市）),
/// unless it continues the counter (7956辆次/人次 leaves 次, not a noun).
struct CountedNounFinder: Sendable {
  let rules: NounPhraseRules

  func counted(_ text: [Unicode.Scalar], after position: Int, unit: ResolvedUnit?) -> String? {
    guard let unit else { return nil }
    // A figure that opened a quoted name counts what the quote closes (“两个稀土基地”产业工人 counts
    // 稀土基地, not 稀土基地产业工人).
    let text = quoteClose(text, from: position).map { Array(text[..<$0]) } ?? text
    guard let range = nounRange(text, from: position) else { return nil }
    // A place opening a noun too long to count says whose (23家福建省示范性劳模工作室 → 示范性劳模工作室);
    // in a short one it is part of the name (85名北疆工匠).
    let raw = rules.trimmed(text, range)
    let scalars =
      raw.count > rules.maxCountedLength ? rules.trimmed(rules.cleaner.droppingLeadingPlaces(raw)) : raw
    guard scalars.count <= (scalars.count < raw.count ? rules.maxSubjectLength : rules.maxCountedLength)
    else {
      return nil
    }
    guard
      unit.takesNoun
        || rules.nounsOfSelfCounters.contains(where: {
          scalars.count > $0.count && scalars.suffix($0.count).elementsEqual($0)
        })
    else { return nil }
    // One character is a noun only before punctuation (24个省（区、市）), not before a figure (100余个近
    // 300亿: 近 qualifies the next figure).
    let endsAtBreak =
      range.upperBound >= text.count
      || !(ScalarClass.isHan(text[range.upperBound]) || ScalarClass.isArabicDigit(text[range.upperBound]))
    let single =
      scalars.count == 1 && endsAtBreak && !rules.cleaner.badEnds.contains(scalars[0])
      && !rules.counterTails.contains(scalars[0])
    // 76.9万列辆架次: counter characters alone continue the counter, they are not a noun.
    guard single || (rules.cleaner.isClean(scalars) && !scalars.allSatisfy(rules.counterTails.contains)),
      !rules.notSubjects.contains(scalars)
    else { return nil }
    return scalars.string(0..<scalars.count)
  }

  /// The closing quote within reach of `position` whose opening lies before it, if any.
  private func quoteClose(_ text: [Unicode.Scalar], from position: Int) -> Int? {
    let end = min(text.count, position + rules.maxCountedLength + placeAllowance)
    for index in position..<max(position, end) where ScalarClass.isQuote(text[index]) {
      if ScalarClass.isOpeningQuote(text[index]) || text[index] == "《" { return nil }
      return index > position ? index : nil
    }
    return nil
  }

  /// 以上 and 以下 after the start of a noun (亿元以上, 规模以上) and the noun after them, when one follows.
  private func throughThreshold(_ text: [Unicode.Scalar], _ range: Range<Int>, maxLength: Int) -> Range<Int>?
  {
    let end = range.upperBound
    guard end + 2 < text.count, text[end] == "以", text[end + 1] == "上" || text[end + 1] == "下",
      let rest = rules.phrase(text, from: end + 2, maxLength: maxLength, stopAtVerbs: true),
      rest.upperBound - range.lowerBound <= maxLength
    else { return nil }
    return range.lowerBound..<rest.upperBound
  }

  /// A place name may make the raw noun this much longer than a counted noun may be.
  private let placeAllowance = 4

  /// The noun's extent: up to the first stop word or verb, except a verb that opens it (6个新建项目,
  /// 100万个就业岗位), which is part of the noun, and a threshold inside it (304项亿元以上项目,
  /// 200家规模以上工业企业), which says which ones are counted.
  private func nounRange(_ text: [Unicode.Scalar], from position: Int) -> Range<Int>? {
    let longest = rules.maxCountedLength + placeAllowance
    if let range = rules.phrase(text, from: position, maxLength: longest, stopAtVerbs: true) {
      return throughThreshold(text, range, maxLength: longest) ?? range
    }
    guard position < text.count, !rules.startsStop(text, at: position, verbs: false),
      let verb = rules.actionVerbs.longestMatch(in: text, at: position), verb.end - position <= 2,
      let rest = rules.phrase(text, from: verb.end, maxLength: longest, stopAtVerbs: true)
    else { return nil }
    return position..<rest.upperBound
  }
}
