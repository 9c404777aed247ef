/// Labels that figures take from other figures of their sentence, once all are found, in order:
/// 1. a list of subjects before 分别 pairs with the figures after it (森林覆盖率、草原植被盖度分别达到
///    20.79%和45% → 森林覆盖率, 草原植被盖度), replacing what the topic rule found;
/// 2. a figure right after another in another unit counts the same thing (跨境班列464列、32609标箱),
///    and a count after the noun the previous figure measures counts it (亿元以上重大项目472个);
/// 3. a share after 占 is a share of the figure before (储量4350万吨，占全国总量的83.7% → 储量),
///    replacing its own label (比重 says nothing);
/// 4. a change (进口货物2059.3万吨，同比增长242.2%) measures the figure before it, and 分别 pairs its
///    figures in order with the labelled figures listed before it (客运量121.8万人、交通工具67.7万辆，
///    同比分别增长516.7%、281.3% → 客运量, 交通工具).
/// Never across a sentence end.
/// A class, built once, so a call through `MetricsReaders` does not copy its tables.
final class ChangeSubjects: Sendable {
  let changeVerbs: WordTrie<Int>
  let shareVerbs: WordTrie<Int>
  let respective: [Unicode.Scalar]
  let joiners: Set<Unicode.Scalar>
  let rules: NounPhraseRules

  init(_ words: ContextWords, rules: NounPhraseRules) {
    changeVerbs = WordTrie<Int>(words.changeVerbs.enumerated().map { ($1, $0) })
    shareVerbs = WordTrie<Int>(words.shareVerbs.enumerated().map { ($1, $0) })
    respective = words.respectiveWord.scalars
    joiners = Set(words.listJoiners.compactMap { $0.unicodeScalars.first })
    self.rules = rules
  }

  func fill(_ quantities: inout [QuantityMention], text: [Unicode.Scalar]) {
    pairRespectiveSubjects(&quantities, text: text)
    fillSameThing(&quantities, text: text)
    var index = 1
    while index < quantities.count {
      guard let cue = cue(text, before: quantities[index].start, after: quantities[index - 1].end),
        cue.isShare ? quantities[index].kind == .percentage : !hasLabel(quantities[index])
      else {
        index += 1
        continue
      }
      let group = listed(quantities, from: index, text: text)
      let sources = cue.respective ? labelled(quantities, before: index, count: group.count, text: text) : nil
      for (offset, member) in group.enumerated() where cue.isShare || !hasLabel(quantities[member]) {
        if let sources {
          quantities[member].subject = sources[offset]
        } else if offset == 0 {
          quantities[member].subject =
            cue.isShare
            ? shareBase(quantities, before: index, text: text) : changeSource(quantities, index, text: text)
        } else if cue.isShare {
          quantities[member].subject = nil
        }
      }
      index = (group.last ?? index) + 1
    }
  }

  func label(_ quantity: QuantityMention) -> String? { quantity.subject ?? quantity.counted }

  /// What a share measures: the label of the nearest figure before it in its sentence that is not
  /// a change or a difference in points (投资287.08亿元，同比增长10.23%，高于…0.39个百分点，占…的78.23%
  /// → 投资's label; 风电发电量占全区发电量的10.17%，占全区社会用电量16.88% → 风电发电量).
  private func shareBase(_ quantities: [QuantityMention], before index: Int, text: [Unicode.Scalar])
    -> String?
  {
    var candidate = index - 1
    while candidate >= 0 {
      let quantity = quantities[candidate]
      if (quantity.end..<quantities[index].start).contains(where: { ScalarClass.endsSentence(text[$0]) }) {
        return nil
      }
      let isPoints = quantity.kind == .percentage && quantity.unit != quantities[index].unit
      if quantity.change == nil, !isPoints { return label(quantity) }
      candidate -= 1
    }
    return nil
  }

  /// The label a change takes from the figure before it; none when a change in points follows a
  /// share (占…的56.20%，比去年同期回落2.52个百分点: the share's base did not change by that). A rate
  /// that names itself (城镇化率为69.58%，比上年末提高0.98个百分点) is what changed.
  private func changeSource(_ quantities: [QuantityMention], _ index: Int, text: [Unicode.Scalar]) -> String?
  {
    let previous = quantities[index - 1]
    let current = quantities[index]
    // A points change after a growth rate (同比增长7.4%，比上年同期提高2.9个百分点) measures the rate.
    if current.kind == .percentage, previous.kind == .percentage, current.unit != previous.unit,
      previous.change != nil || isShareOf(previous, text: text)
    {
      return nil
    }
    return label(previous)
  }

  /// Whether a share verb (占) stands in the clause before the figure.
  private func isShareOf(_ quantity: QuantityMention, text: [Unicode.Scalar]) -> Bool {
    var position = quantity.start
    while position > 0, quantity.start - position < 40, !ScalarClass.endsListItem(text[position - 1]) {
      position -= 1
      if shareVerbs.longestMatch(in: text, at: position, limit: quantity.start) != nil { return true }
    }
    return false
  }

  func hasLabel(_ quantity: QuantityMention) -> Bool { label(quantity) != nil }

  /// Whether a verb of change stands between the previous figure and this one, in one sentence, or
  /// a share verb opens the clause of this one (，占全国总量的): nil when neither, else which and
  /// whether 分别 stands there too.
  private func cue(_ text: [Unicode.Scalar], before start: Int, after end: Int) -> (
    isShare: Bool, respective: Bool
  )? {
    guard end <= start, start - end <= 16 else { return nil }
    var found = false
    var respective = false
    for position in end..<start {
      if ScalarClass.endsSentence(text[position]) { return nil }
      if !rules.startsNoun(text, at: position),
        changeVerbs.longestMatch(in: text, at: position, limit: start) != nil
      {
        found = true
      }
      if text.has(self.respective, at: position) { respective = true }
    }
    var opening = end
    while opening < start, !ScalarClass.isHan(text[opening]) { opening += 1 }
    if opening > end, shareVerbs.longestMatch(in: text, at: opening, limit: start) != nil {
      return (true, respective)
    }
    return found ? (false, respective) : nil
  }

  /// This figure and those joined to it by 、 or 和 (516.7%、281.3%).
  func listed(_ quantities: [QuantityMention], from index: Int, text: [Unicode.Scalar]) -> [Int] {
    var group = [index]
    while let last = group.last, last + 1 < quantities.count {
      let gap = quantities[last].end..<quantities[last + 1].start
      guard gap.count == 1, joiners.contains(text[gap.lowerBound]) else { break }
      group.append(last + 1)
    }
    return group
  }

  /// The labels of the `count` figures right before `index` in its sentence, if each has one.
  private func labelled(
    _ quantities: [QuantityMention], before index: Int, count: Int, text: [Unicode.Scalar]
  )
    -> [String]?
  {
    guard index >= count else { return nil }
    let previous = quantities[(index - count)..<index]
    guard let first = previous.first,
      !(first.end..<quantities[index].start).contains(where: { ScalarClass.endsSentence(text[$0]) })
    else { return nil }
    let labels = previous.compactMap { label($0) }
    return labels.count == count ? labels : nil
  }
}
