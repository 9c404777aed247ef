/// The noun a counter counts: 85名北疆工匠 → 北疆工匠, 12个口岸 → 口岸. Only counters marked
/// `takesNoun` in the unit lexicon take one (户 and 人 are the counted things themselves), or a
/// self-counting one before a noun ending in `nounsOfSelfCounters` (19户科技领军企业). The noun
/// passes the same check as a label; one character is enough when punctuation ends it (24个省（区、市）),
/// unless it continues the counter (7956辆次/人次 leaves 次, not a noun).
struct CountedNounFinder: Sendable {
  let rules: NounPhraseRules

  func counted(_ text: [UInt32], after position: Int, unit: ResolvedUnit?) -> String? {
    guard let unit,
      let range = rules.phrase(text, from: position, maxLength: rules.maxCountedLength, stopAtVerbs: true)
    else { return nil }
    let scalars = rules.trimmed(text, range)
    guard
      unit.takesNoun
        || rules.nounsOfSelfCounters.contains(where: {
          scalars.count > $0.count && scalars.suffix($0.count).elementsEqual($0)
        })
    else { return nil }
    let endsAtBreak = range.upperBound >= text.count || !ScalarClass.isHan(text[range.upperBound])
    let single =
      scalars.count == 1 && endsAtBreak && !rules.cleaner.badEnds.contains(scalars[0])
      && !rules.counterTails.contains(scalars[0])
    guard single || rules.cleaner.isClean(scalars), !rules.notSubjects.contains(scalars) else { return nil }
    return scalars.string(0..<scalars.count)
  }
}
