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
    _ text: [Unicode.Scalar], match: QuantityMatch, counted: String?, lowerBound: Int, followsQuantity: Bool
  )
    -> String?
  {
    // A counted noun already says what is counted; the words before a counter name an owner or an
    // action (选树了…4名大国工匠, 中国北方稀土10个项目), not what the figure measures.
    guard counted == nil else { return nil }
    if let after = followingNoun(text, from: match.tailStart, match: match) { return after }
    // 30兆瓦级… describes the noun after it; what comes before (a company's name) is not measured.
    if match.tailStart < text.count, text[match.tailStart] == rules.attributeMarker { return nil }
    // A counter with a noun after it that is not a clean phrase (9个旗区同步举行…): the words before
    // the counter name an owner or an action here too.
    if match.unit?.takesNoun == true, match.tailStart < text.count, ScalarClass.isHan(text[match.tailStart]),
      !rules.counterTails.contains(text[match.tailStart])
    {
      return nil
    }
    // A span of time (仅用100余天, 新中国成立75年) is labelled only by what it measures (工期为3年).
    let onlyMeasured = match.unit?.dimension == "time"
    let label = precedingPhrase(
      text, before: match.start, lowerBound: lowerBound, followsQuantity: followsQuantity,
      onlyMeasured: onlyMeasured, isShare: match.kind == .percentage)
    return withOrdinal(label, text, at: lowerBound)
  }

  /// 第一产业增加值: an ordinal (第一, 第三) read as a mention right before the label is part of its name.
  private func withOrdinal(_ label: String?, _ text: [Unicode.Scalar], at position: Int) -> String? {
    guard let label, position > 1 else { return label }
    let scalars = label.scalars
    guard text.has(scalars, at: position) else { return label }
    var start = position
    while start > 0, Self.numerals.contains(text[start - 1]) { start -= 1 }
    guard start < position, start > 0, text[start - 1] == "第" else { return label }
    let named = Array(text[(start - 1)..<position]) + scalars
    return named.count <= rules.maxSubjectLength ? named.string(0..<named.count) : label
  }

  /// 一 to 十: the numerals of an ordinal that names a class (第一产业, 第三产业).
  private static let numerals: Set<Unicode.Scalar> = [
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
  ]

  private func followingNoun(_ text: [Unicode.Scalar], from position: Int, match: QuantityMatch) -> String? {
    guard position < text.count else { return nil }
    if text[position] == rules.possessive {
      // A noun cut by a figure or a Latin name (投资82.8亿元的久泰60万吨烯烃项目) is not whole.
      guard
        let range = rules.phrase(
          text, from: position + 1, maxLength: rules.maxSubjectLength, stopAtVerbs: false)
      else { return nil }
      if range.upperBound < text.count,
        ScalarClass.isArabicDigit(text[range.upperBound]) || ScalarClass.isLatinLetter(text[range.upperBound])
          || ["/", "-"].contains(text[range.upperBound])
      {
        return nil
      }
      return cleaned(rules.trimmed(text, range))
    }
    let physical =
      match.kind == .percentage || (match.unit.map { !["count", "time"].contains($0.dimension) } ?? false)
    guard physical else { return nil }
    return phraseString(text, from: position, stopAtVerbs: true)
  }

  private func phraseString(_ text: [Unicode.Scalar], from position: Int, stopAtVerbs: Bool) -> String? {
    guard
      let range = rules.phrase(
        text, from: position, maxLength: rules.maxSubjectLength, stopAtVerbs: stopAtVerbs)
    else { return nil }
    return cleaned(rules.trimmed(text, range))
  }

  /// `range` up to its last 由 or 从, or its first comparison (比上年, 较去年), when at least two
  /// characters come before it: what follows compares the topic, it does not name it.
  func beforeFrom(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
    let from = range.last { rules.fromWords.contains(text[$0]) && $0 - range.lowerBound >= 2 }
    let comparison = range.first { $0 - range.lowerBound >= 2 && rules.opensComparison(text, at: $0) }
    guard let end = [from, comparison].compactMap({ $0 }).min() else { return range }
    return range.lowerBound..<end
  }

  /// `range` after its last 的: the noun the possessive introduces (自治区的稀土产值 → 稀土产值).
  func afterPossessive(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int> {
    guard let possessive = range.last(where: { text[$0] == rules.possessive }) else { return range }
    return (possessive + 1)..<range.upperBound
  }

  /// The Han run ending the range (after any digit, Latin letter or dash), trimmed of filler, of what
  /// a mention before it left behind and of opening place names.
  func scalars(_ text: [Unicode.Scalar], _ range: Range<Int>, afterMention: Bool) -> [Unicode.Scalar] {
    guard !range.isEmpty else { return [] }
    var start = range.upperBound
    while start > range.lowerBound,
      ScalarClass.isHan(text[start - 1]) || ScalarClass.isQuote(text[start - 1])
        || Self.isCapital(text[start - 1])
    {
      start -= 1
    }
    // A digit or lower-case letter before capitals makes them a code or unit (5GW), not a name.
    while start < range.upperBound, Self.isCapital(text[start]), start > range.lowerBound,
      !ScalarClass.endsListItem(text[start - 1]), !ScalarClass.isHan(text[start - 1])
    {
      start += 1
    }
    var result = rules.trimmed(text, start..<range.upperBound)
    let trailing = rules.nameEnd(text, start..<range.upperBound) == nil
    if afterMention && start == range.lowerBound {
      result = rules.trimmed(cleaner.droppingResidue(result), trailing: trailing)
    }
    return rules.trimmed(cleaner.droppingLeadingPlaces(result), trailing: trailing)
  }

  /// A Latin capital: abbreviations such as GDP name what is measured (包头GDP达到…).
  static func isCapital(_ scalar: Unicode.Scalar) -> Bool { scalar.value >= 0x41 && scalar.value <= 0x5A }

  /// A label that passes `LabelCleaner`, after any examples a 等 closes; a verb of change alone
  /// (上升, 增发) says how a figure moved, not what it measures (a rate noun, 增幅 or 增速, does).
  func cleaned(_ scalars: [Unicode.Scalar]) -> String? {
    let scalars = cleaner.droppingExamples(scalars)
    guard cleaner.isClean(scalars), !rules.notSubjects.contains(scalars), !isChangeVerb(scalars)
    else { return nil }
    return scalars.string(0..<scalars.count)
  }

  private func isChangeVerb(_ scalars: [Unicode.Scalar]) -> Bool {
    rules.changeVerbs.contains(scalars) && !["幅", "速"].contains(scalars.last ?? "\0")
  }

  /// The verb ending last in `range` (measuring verbs only when asked); among verbs ending together, the longest (累计投入 over 投入).
  func lastVerb(_ text: [Unicode.Scalar], in range: Range<Int>, measures: Bool)
    -> (range: Range<Int>, isMeasure: Bool)?
  {
    var best: (range: Range<Int>, isMeasure: Bool)?
    func consider(_ trie: WordTrie<Int>, isMeasure: Bool, at index: Int) {
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
    for index in range where !rules.startsNoun(text, at: index) {
      if measures { consider(rules.measureVerbs, isMeasure: true, at: index) }
      consider(rules.actionVerbs, isMeasure: false, at: index)
    }
    return best
  }
}
