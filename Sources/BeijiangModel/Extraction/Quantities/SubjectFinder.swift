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
  private var cleaner: LabelCleaner { rules.cleaner }

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
      onlyMeasured: onlyMeasured)
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

  private func precedingPhrase(
    _ text: [UInt32], before start: Int, lowerBound: Int, followsQuantity: Bool, onlyMeasured: Bool
  ) -> String? {
    var itemStart = start
    while itemStart > lowerBound, !ScalarClass.endsListItem(text[itemStart - 1]) {
      itemStart -= 1
      // An item this long has no clear start; a phrase cut out of it would be a fragment.
      if start - itemStart > Self.longestItem { return nil }
    }
    // Text between two figures belongs to the earlier one (4名大国工匠和85名…).
    guard itemStart < start, !(followsQuantity && itemStart == lowerBound) else { return nil }
    // A date or ordinal ending where the item starts may leave a word's tail (5月份 → 份).
    let afterMention = itemStart == lowerBound && lowerBound > 0
    guard let verb = lastVerb(text, in: itemStart..<start, measures: true) else {
      // An item closed by 等 lists examples (李卫国等32人), not what is counted.
      if onlyMeasured || endsWithExamples(text, itemStart..<start) { return nil }
      let item = beforeFrom(text, itemStart..<start)
      return cleaned(scalars(text, item, afterMention: afterMention))
    }
    if verb.isMeasure || isBare(text, after: verb.range.upperBound, before: start) {
      // The topic before a verb of reaching, after any action inside it (该关验放中欧班列共计166列
      // → 中欧班列) and before a 由 that opens a from-to (泥沙量由每年2700万吨降至… → 泥沙量).
      var topic = beforeFrom(text, itemStart..<verb.range.lowerBound)
      if let action = lastVerb(text, in: topic, measures: false),
        topic.upperBound - action.range.upperBound >= 2,
        !rules.genericObjects.contains(rules.trimmed(text, action.range.upperBound..<topic.upperBound))
      {
        topic = action.range.upperBound..<topic.upperBound
      }
      let before = afterPossessive(text, topic)
      return cleaned(scalars(text, before, afterMention: afterMention && before.lowerBound == itemStart))
    }
    if onlyMeasured { return nil }
    let object = afterPossessive(text, verb.range.upperBound..<start)
    let objectScalars = scalars(text, object, afterMention: false)
    if rules.genericObjects.contains(objectScalars) {
      return cleaned(scalars(text, verb.range.lowerBound..<start, afterMention: false))
    }
    if objectScalars.count >= rules.minObjectLength { return cleaned(objectScalars) }
    // Nothing after the verb: only a verb that also names the measure (投入) is a label.
    let verbScalars = Array(text[verb.range])
    guard rules.selfNamingVerbs.contains(verbScalars) else { return nil }
    return cleaned(rules.trimmed(verbScalars))
  }

  /// Whether an action verb stands right before the figure with no object and does not name the
  /// measure itself: then its topic is what is measured (进出口运量完成1203.87万吨 → 进出口运量).
  private func isBare(_ text: [UInt32], after verbEnd: Int, before start: Int) -> Bool {
    guard let verb = lastVerb(text, in: max(0, verbEnd - 4)..<verbEnd, measures: false) else { return false }
    let object = rules.trimmed(text, verbEnd..<start)
    return object.isEmpty && !rules.selfNamingVerbs.contains(Array(text[verb.range]))
  }

  private func endsWithExamples(_ text: [UInt32], _ range: Range<Int>) -> Bool {
    range.count > 1 && text[range.upperBound - 1] == rules.examplesMarker
  }

  /// Items longer than this (in scalars, back from the figure) have no usable start.
  static let longestItem = 40

  /// `range` up to its last 由 or 从 when at least two characters come before it.
  private func beforeFrom(_ text: [UInt32], _ range: Range<Int>) -> Range<Int> {
    guard
      let from = range.last(where: { rules.fromWords.contains(text[$0]) && $0 - range.lowerBound >= 2 })
    else { return range }
    return range.lowerBound..<from
  }

  /// `range` after its last 的: the noun the possessive introduces (自治区的稀土产值 → 稀土产值).
  private func afterPossessive(_ text: [UInt32], _ range: Range<Int>) -> Range<Int> {
    guard let possessive = range.last(where: { text[$0] == rules.possessive }) else { return range }
    return (possessive + 1)..<range.upperBound
  }

  /// The Han run ending the range (after any digit, Latin letter or dash), trimmed of filler, of what
  /// a mention before it left behind and of opening place names.
  private func scalars(_ text: [UInt32], _ range: Range<Int>, afterMention: Bool) -> [UInt32] {
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

  private func cleaned(_ scalars: [UInt32]) -> String? {
    guard cleaner.isClean(scalars), !rules.notSubjects.contains(scalars) else { return nil }
    return scalars.string(0..<scalars.count)
  }

  /// The verb ending last in `range` (measuring verbs only when asked); among verbs ending together, the longest (累计投入 over 投入).
  private func lastVerb(_ text: [UInt32], in range: Range<Int>, measures: Bool)
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
