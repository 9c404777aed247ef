/// The noun a counter counts: 85名北疆工匠 → 北疆工匠, 12个口岸 → 口岸. Only counters marked
/// `takesNoun` in the unit lexicon take one (户 and 人 are the counted things themselves).
struct CountedNounFinder: Sendable {
  let rules: NounPhraseRules

  func counted(_ text: [UInt32], after position: Int, unit: ResolvedUnit?) -> String? {
    guard let unit, unit.takesNoun,
      let range = rules.phrase(text, from: position, maxLength: rules.maxCountedLength, stopAtVerbs: true)
    else { return nil }
    let scalars = rules.trimmed(text, range)
    return scalars.isEmpty ? nil : scalars.string(0..<scalars.count)
  }
}
