/// A short noun phrase saying what a figure measures, found by three rules in order:
/// 1. after the figure, 的 + noun (9100万平方米的供热覆盖 → 供热覆盖);
/// 2. right after a physical unit or a share, a noun (110兆瓦光伏项目 → 光伏项目);
/// 3. in the list item before the figure, around its last verb: before a measuring verb
///    (供热面积覆盖… → 供热面积; 就地转化率提高至88% → 就地转化率), after an action verb (服务热用户 →
///    热用户; 实施科技项目153项 → 科技项目), a verb that names what it measures when nothing follows it
///    (投入1583万元 → 投入), or the whole item when it has no verb (种草1300万亩 → 种草).
/// Every candidate passes `LabelCleaner`: filler, time residue (份 of 5月份) and opening place names
/// are dropped, and a phrase that still does not read as a whole noun phrase gives no label.
/// Changes and 分别 lists take their label afterwards from the figures they refer to
/// (`ChangeSubjects`).
struct SubjectFinder: Sendable {
  let rules: NounPhraseRules
  var cleaner: LabelCleaner { rules.cleaner }

  /// `lowerBound` is the end of the previous mention; `followsQuantity` says whether it was a figure.
  func subject(
    _ text: [UInt32], match: QuantityMatch, counted: String?, lowerBound: Int, followsQuantity: Bool
  )
    -> String?
  {
    // A counted noun already says what is counted; the words before a counter name an owner or an
    // action (选树了…4名大国工匠, 中国北方稀土10个项目), not what the figure measures.
    guard counted == nil else { return nil }
    if let after = followingNoun(text, from: match.tailStart, match: match) { return after }
    // 30兆瓦级… describes the noun after it; what comes before (a company's name) is not measured.
    if match.tailStart < text.count, text[match.tailStart] == rules.attributeMarker { return nil }
    // A span of time (仅用100余天, 新中国成立75年) is labelled only by what it measures (工期为3年).
    let onlyMeasured = match.unit?.dimension == "time"
    return precedingPhrase(
      text, before: match.start, lowerBound: lowerBound, followsQuantity: followsQuantity,
      onlyMeasured: onlyMeasured, isShare: match.kind == .percentage)
  }

  private func followingNoun(_ text: [UInt32], from position: Int, match: QuantityMatch) -> String? {
    guard position < text.count else { return nil }
    if text[position] == rules.possessive {
      return phraseString(text, from: position + 1, stopAtVerbs: false)
    }
    let physical =
      match.kind == .percentage || (match.unit.map { !["count", "time"].contains($0.dimension) } ?? false)
    guard physical else { return nil }
    return phraseString(text, from: position, stopAtVerbs: true)
  }

  private func phraseString(_ text: [UInt32], from position: Int, stopAtVerbs: Bool) -> String? {
    guard
      let range = rules.phrase(
        text, from: position, maxLength: rules.maxSubjectLength, stopAtVerbs: stopAtVerbs)
    else { return nil }
    return cleaned(rules.trimmed(text, range))
  }

  /// `range` up to its last 由 or 从 when at least two characters come before it.
  func beforeFrom(_ text: [UInt32], _ range: Range<Int>) -> Range<Int> {
    guard
      let from = range.last(where: { rules.fromWords.contains(text[$0]) && $0 - range.lowerBound >= 2 })
    else { return range }
    return range.lowerBound..<from
  }

  /// `range` after its last 的: the noun the possessive introduces (自治区的稀土产值 → 稀土产值).
  func afterPossessive(_ text: [UInt32], _ range: Range<Int>) -> Range<Int> {
    guard let possessive = range.last(where: { text[$0] == rules.possessive }) else { return range }
    return (possessive + 1)..<range.upperBound
  }

  /// The Han run ending the range (after any digit, Latin letter or dash), trimmed of filler, of what
  /// a mention before it left behind and of opening place names.
  func scalars(_ text: [UInt32], _ range: Range<Int>, afterMention: Bool) -> [UInt32] {
    guard !range.isEmpty else { return [] }
    var start = range.upperBound
    while start > range.lowerBound, ScalarClass.isHan(text[start - 1]) || ScalarClass.isQuote(text[start - 1])
    {
      start -= 1
    }
    var result = rules.trimmed(text, start..<range.upperBound)
    if afterMention && start == range.lowerBound { result = rules.trimmed(cleaner.droppingResidue(result)) }
    return rules.trimmed(cleaner.droppingLeadingPlaces(result))
  }

  /// A label that passes `LabelCleaner`, after any examples a 等 closes; a verb of change alone
  /// (上升, 增发) says how a figure moved, not what it measures (a rate noun, 增幅 or 增速, does).
  func cleaned(_ scalars: [UInt32]) -> String? {
    let scalars = cleaner.droppingExamples(scalars)
    guard cleaner.isClean(scalars), !rules.notSubjects.contains(scalars), !isChangeVerb(scalars)
    else { return nil }
    return scalars.string(0..<scalars.count)
  }

  private func isChangeVerb(_ scalars: [UInt32]) -> Bool {
    rules.changeVerbs.contains(scalars) && ![0x5E45, 0x901F].contains(scalars.last ?? 0)  // 幅, 速
  }

  /// The verb ending last in `range` (measuring verbs only when asked); among verbs ending together, the longest (累计投入 over 投入).
  func lastVerb(_ text: [UInt32], in range: Range<Int>, measures: Bool)
    -> (range: Range<Int>, isMeasure: Bool)?
  {
    var best: (range: Range<Int>, isMeasure: Bool)?
    func consider(_ trie: ScalarTrie, isMeasure: Bool, at index: Int) {
      guard let match = trie.longestMatch(in: text, at: index, limit: range.upperBound) else { return }
      let found = index..<match.end
      if let current = best,
        current.range.upperBound > found.upperBound
          || (current.range.upperBound == found.upperBound && current.range.count >= found.count)
      {
        return
      }
      best = (found, isMeasure)
    }
    for index in range {
      if measures { consider(rules.measureVerbs, isMeasure: true, at: index) }
      consider(rules.actionVerbs, isMeasure: false, at: index)
    }
    return best
  }
}
