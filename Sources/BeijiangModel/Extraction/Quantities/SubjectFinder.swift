/// A short noun phrase saying what a figure measures, found by three rules in order:
/// 1. after the figure, 的 + noun (9100万平方米的供热覆盖 → 供热覆盖);
/// 2. right after a physical unit or a share, a noun (110兆瓦光伏项目 → 光伏项目);
/// 3. in the list item before the figure, around its last verb: before a measuring verb
///    (供热面积覆盖… → 供热面积), after an action verb (服务热用户 → 热用户; 完成造林 → 造林), the
///    action verb itself when nothing follows it (投入1583万元 → 投入), or the whole item when it has
///    no verb (种草1300万亩 → 种草).
/// A phrase longer than the lexicon's maximum is dropped rather than cut.
struct SubjectFinder: Sendable {
  let rules: NounPhraseRules

  /// `lowerBound` is the end of the previous mention; `followsQuantity` says whether it was a figure.
  func subject(
    _ text: [UInt32], match: QuantityMatch, counted: String?, lowerBound: Int, followsQuantity: Bool
  )
    -> String?
  {
    if counted == nil, let after = followingNoun(text, from: match.tailStart, match: match) { return after }
    return precedingPhrase(
      text, before: match.start, lowerBound: lowerBound, followsQuantity: followsQuantity)
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
    let scalars = rules.trimmed(text, range)
    guard !scalars.isEmpty, !rules.notSubjects.contains(scalars) else { return nil }
    return scalars.string(0..<scalars.count)
  }

  private func precedingPhrase(_ text: [UInt32], before start: Int, lowerBound: Int, followsQuantity: Bool)
    -> String?
  {
    var itemStart = start
    while itemStart > lowerBound, start - itemStart < 40, !ScalarClass.endsListItem(text[itemStart - 1]) {
      itemStart -= 1
    }
    // Text between two figures belongs to the earlier one (4名大国工匠和85名…).
    guard itemStart < start, !(followsQuantity && itemStart == lowerBound) else { return nil }
    var candidate = itemStart..<start
    if let verb = lastVerb(text, in: itemStart..<start) {
      if verb.isMeasure {
        candidate = itemStart..<verb.range.lowerBound
      } else {
        candidate = verb.range.upperBound..<start
        if let possessive = (candidate.lowerBound..<candidate.upperBound).last(where: {
          text[$0] == rules.possessive
        }) {
          candidate = (possessive + 1)..<start
        }
        let object = rules.trimmed(text, candidate)
        if object.count < rules.minObjectLength || trimmedString(text, candidate) == nil {
          candidate = verb.range
        }
      }
    }
    return trimmedString(text, candidate)
  }

  private func trimmedString(_ text: [UInt32], _ range: Range<Int>) -> String? {
    guard !range.isEmpty else { return nil }
    let scalars = rules.trimmed(text, range)
    guard scalars.count >= rules.minObjectLength, scalars.count <= rules.maxSubjectLength,
      scalars.allSatisfy(ScalarClass.isHan)
    else {
      return nil
    }
    return scalars.string(0..<scalars.count)
  }

  /// The verb ending last in `range`; among verbs ending together, the longest (累计投入 over 投入).
  private func lastVerb(_ text: [UInt32], in range: Range<Int>) -> (range: Range<Int>, isMeasure: Bool)? {
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
      consider(rules.measureVerbs, isMeasure: true, at: index)
      consider(rules.actionVerbs, isMeasure: false, at: index)
    }
    return best
  }
}
