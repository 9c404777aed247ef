/// Rule 3 of `SubjectFinder`: the label taken from the list item before the figure, around its
/// last verb.
extension SubjectFinder {
  /// Items longer than this (in scalars, back from the figure) have no usable start.
  static let longestItem = 40

  func precedingPhrase(
    _ text: [Unicode.Scalar], before start: Int, lowerBound: Int, followsQuantity: Bool, onlyMeasured: Bool,
    isShare: Bool
  ) -> String? {
    guard let itemStart = itemStart(text, before: start, lowerBound: lowerBound), itemStart < start else {
      return nil
    }
    if !followsQuantity, itemStart == lowerBound,
      let compared = comparedTopic(
        text, before: lowerBound, onlyPossessive: text[lowerBound..<start] == ["的"])
    {
      return compared
    }
    let label = phrase(
      text, itemStart: itemStart, before: start, lowerBound: lowerBound, followsQuantity: followsQuantity,
      onlyMeasured: onlyMeasured, isShare: isShare)
    // 咨询、投诉、举报、建议132483件: a label opening an item after a 、 that no figure ends is the last
    // of a list of nouns; alone it names only part of what is counted.
    if let label, itemStart > 0, text[itemStart - 1] == "、", itemStart - 1 != lowerBound,
      text.has(label.scalars, at: itemStart),
      rules.actionVerbs.longestMatch(in: text, at: itemStart) == nil
    {
      return nil
    }
    return label
  }

  /// 居民消费价格比上年上涨0.6%: a date read as a mention inside a comparison (比上年, 较去年同期) does
  /// not end the item; the topic is what stands before the comparison. So for a from-to pair whose
  /// first figure is a date's (森林覆盖率由1978年的5.05%提高到… → 森林覆盖率).
  private func comparedTopic(_ text: [Unicode.Scalar], before mentionEnd: Int, onlyPossessive: Bool)
    -> String?
  {
    var position = mentionEnd
    while position > 0, mentionEnd - position < 8, !ScalarClass.endsListItem(text[position - 1]) {
      position -= 1
      let opensFrom = onlyPossessive && rules.fromWords.contains(text[position])
      guard opensFrom || rules.opensComparison(text, at: position) else { continue }
      var itemStart = position
      while itemStart > 0, position - itemStart <= Self.longestItem,
        !ScalarClass.endsListItem(text[itemStart - 1])
      {
        itemStart -= 1
      }
      guard position - itemStart >= 2, !ScalarClass.isArabicDigit(text[position - 1]) else { return nil }
      return topic(text, itemStart: itemStart, verb: position..<position, afterMention: false)
    }
    return nil
  }

  private func phrase(
    _ text: [Unicode.Scalar], itemStart: Int, before start: Int, lowerBound: Int, followsQuantity: Bool,
    onlyMeasured: Bool, isShare: Bool
  ) -> String? {
    // Text between two figures belongs to the earlier one (4名大国工匠和85名…), except what a verb
    // opens there (10家高新区实现工业总产值7334亿元: 工业总产值 is this figure's).
    let betweenFigures = followsQuantity && itemStart == lowerBound
    // A date or ordinal ending where the item starts may leave a word's tail (5月份 → 份).
    let afterMention = itemStart == lowerBound && lowerBound > 0
    // 装备制造业投资占全区工业投资的38%: a share measures the topic before its 占.
    if isShare, !betweenFigures, let share = firstShareVerb(text, in: itemStart..<start) {
      return topic(text, itemStart: itemStart, verb: share, afterMention: afterMention)
    }
    guard let verb = lastVerb(text, in: itemStart..<start, measures: true) else {
      // An item closed by 等 lists examples (李卫国等32人), not what is counted.
      if betweenFigures || onlyMeasured || endsWithExamples(text, itemStart..<start) { return nil }
      let item = beforeFrom(text, itemStart..<start)
      return cleaned(scalars(text, item, afterMention: afterMention))
    }
    if verb.isMeasure || isBare(text, after: verb.range.upperBound, before: start) {
      if !betweenFigures,
        let topic = topic(text, itemStart: itemStart, verb: verb.range, afterMention: afterMention)
      {
        return topic
      }
      // With no topic, a verb of change names its object (可增加供热能力1600万平方米 → 供热能力).
      guard rules.changeVerbs.contains(Array(text[verb.range])) else { return nil }
      return cleaned(scalars(text, afterPossessive(text, verb.range.upperBound..<start), afterMention: false))
    }
    if onlyMeasured { return nil }
    return object(
      text, verb: verb.range, itemStart: itemStart, before: start, afterMention: afterMention,
      betweenFigures: betweenFigures)
  }

  /// Where the list item holding the figure starts: after a list or clause end, or after a space
  /// (headlines separate their clauses with one); nil when the item is too long to have a clear start.
  private func itemStart(_ text: [Unicode.Scalar], before start: Int, lowerBound: Int) -> Int? {
    var itemStart = start
    while itemStart > lowerBound, !ScalarClass.endsListItem(text[itemStart - 1]),
      !Self.isSpace(text[itemStart - 1]) || itemStart == start
    {
      itemStart -= 1
      if start - itemStart > Self.longestItem { return nil }
    }
    return itemStart
  }

  private func firstShareVerb(_ text: [Unicode.Scalar], in range: Range<Int>) -> Range<Int>? {
    for index in range {
      if let match = rules.shareVerbs.longestMatch(in: text, at: index, limit: range.upperBound) {
        return index..<match.end
      }
    }
    return nil
  }

  static func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar == "\u{3000}" }

  /// The topic before a verb of reaching (or of a share, 占), after any action inside it (该关验放中欧
  /// 班列共计166列 → 中欧班列) unless what follows that action is generic (研发投入强度) and before a 由
  /// that opens a from-to (泥沙量由每年2700万吨降至… → 泥沙量).
  private func topic(_ text: [Unicode.Scalar], itemStart: Int, verb: Range<Int>, afterMention: Bool)
    -> String?
  {
    var topic = beforeFrom(text, itemStart..<verb.lowerBound)
    // A topic too long to be a label may open with whose it is (绥芬河铁路口岸累计进出口货物量): what
    // follows its last stop word (累计) is the noun.
    if let shorter = afterLastStop(text, topic),
      topicLength(text, topic, afterMention: afterMention) > rules.maxSubjectLength
    {
      topic = shorter
    }
    // Filler alone after the action (收入年均) leaves the action inside the noun (人均可支配收入).
    if let action = lastVerb(text, in: topic, measures: false),
      topic.upperBound - action.range.upperBound >= 2,
      case let rest = rules.trimmed(text, action.range.upperBound..<topic.upperBound),
      rest.count >= 2, !rules.genericObjects.contains(rest)
    {
      topic = action.range.upperBound..<topic.upperBound
    }
    let before = afterPossessive(text, topic)
    return cleaned(scalars(text, before, afterMention: afterMention && before.lowerBound == itemStart))
  }

  private func topicLength(_ text: [Unicode.Scalar], _ range: Range<Int>, afterMention: Bool) -> Int {
    scalars(text, range, afterMention: afterMention).count
  }

  /// The part of `range` after its last stop word, when at least two characters stand on each side.
  private func afterLastStop(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
    var index = range.upperBound - 2
    while index >= range.lowerBound + 2 {
      // Only stop words of two characters or more: one character (再 of 再生能源) is too often inside a word.
      if let stop = rules.stopWords.longestMatch(in: text, at: index, limit: range.upperBound),
        stop.end - index >= 2, range.upperBound - stop.end >= 2, !rules.startsNoun(text, at: index)
      {
        return stop.end..<range.upperBound
      }
      index -= 1
    }
    return nil
  }

  /// The object of an action verb (实施科技项目153项 → 科技项目). A generic object keeps the words
  /// before it back to the previous verb (全区科技投入资金 → 科技投入资金); with no object, a verb
  /// that names the measure is the label, with the noun it ends (完成工业固定资产投资 → 工业固定资产投资,
  /// 项目总投资 → 总投资, 投入 → 投入).
  private func object(
    _ text: [Unicode.Scalar], verb: Range<Int>, itemStart: Int, before start: Int, afterMention: Bool,
    betweenFigures: Bool
  ) -> String? {
    let object = afterPossessive(text, verb.upperBound..<start)
    let objectScalars = scalars(text, object, afterMention: false)
    // Between two figures, the words before the first verb belong to the earlier figure.
    let opening =
      lastVerb(text, in: itemStart..<verb.lowerBound, measures: true)?.range.upperBound
      ?? (betweenFigures ? verb.lowerBound : itemStart)
    // 防沙治沙的面积: a generic noun after 的 keeps what the 的 qualifies.
    if object.lowerBound > verb.upperBound, rules.genericObjects.contains(objectScalars),
      let qualified = cleaned(scalars(text, verb.upperBound..<start, afterMention: false))
    {
      return qualified
    }
    if rules.genericObjects.contains(objectScalars) {
      return cleaned(scalars(text, opening..<start, afterMention: afterMention && opening == itemStart))
        ?? cleaned(scalars(text, verb.lowerBound..<start, afterMention: false))
    }
    if objectScalars.count >= rules.minObjectLength { return cleaned(objectScalars) }
    // One character after a verb naming a measure ends its word (开复工率): the word is the label.
    if objectScalars.count == 1, object.lowerBound == verb.upperBound,
      rules.selfNamingVerbs.contains(Array(text[verb]))
    {
      return cleaned(scalars(text, verb.lowerBound..<start, afterMention: false))
    }
    // Nothing after the verb: only a verb that also names the measure (投入) is a label.
    let verbScalars = Array(text[verb])
    guard rules.selfNamingVerbs.contains(verbScalars) else { return nil }
    if opening < verb.lowerBound,
      let wide = cleaned(
        scalars(text, opening..<verb.upperBound, afterMention: afterMention && opening == itemStart))
    {
      return wide
    }
    // The verb is a word of the lexicon: a first character that cannot start a phrase (占 of 占地)
    // starts this one.
    let verbAlone = rules.trimmed(verbScalars)
    return verbAlone == verbScalars ? verbScalars.string(0..<verbScalars.count) : cleaned(verbAlone)
  }

  /// Whether an action verb stands right before the figure with no object and does not name the
  /// measure itself: then its topic is what is measured (进出口运量完成1203.87万吨 → 进出口运量).
  func isBare(_ text: [Unicode.Scalar], after verbEnd: Int, before start: Int) -> Bool {
    guard let verb = lastVerb(text, in: max(0, verbEnd - 4)..<verbEnd, measures: false) else { return false }
    let object = rules.trimmed(text, verbEnd..<start)
    return object.isEmpty && !rules.selfNamingVerbs.contains(Array(text[verb.range]))
  }

  func endsWithExamples(_ text: [Unicode.Scalar], _ range: Range<Int>) -> Bool {
    range.count > 1 && text[range.upperBound - 1] == rules.examplesMarker
  }
}
