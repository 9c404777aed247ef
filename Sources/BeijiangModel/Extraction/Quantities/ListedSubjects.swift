/// Steps 1 and 2 of `ChangeSubjects`: subjects listed before 分别, and figures that count the same
/// thing as the figure before them.
extension ChangeSubjects {
  /// 森林覆盖率、草原植被盖度分别达到20.79%和45%: the items before 分别 label, in order, the figures
  /// joined after it, when there are as many of each. Items are split at 、; at 和 only when the first
  /// item is as long as the second, since 荒漠化和沙化土地面积 shares its head noun.
  func pairRespectiveSubjects(_ quantities: inout [QuantityMention], text: [UInt32]) {
    var index = 0
    while index < quantities.count {
      let group = listed(quantities, from: index, text: text)
      defer { index = (group.last ?? index) + 1 }
      guard group.count >= 2, let items = respectiveItems(text, before: quantities[index].start),
        items.count == group.count
      else { continue }
      for (item, member) in zip(items, group) where item != nil { quantities[member].subject = item }
    }
  }

  /// The cleaned items of the list right before 分别 and a short verb ending at `start`; an item is
  /// nil when it is only a modifier of the head the last item ends with (荒漠化 of 荒漠化和沙化土地面积).
  private func respectiveItems(_ text: [UInt32], before start: Int) -> [String?]? {
    var marker = start
    while marker > 0, start - marker <= 6, !ScalarTrie.matches(respective, in: text, at: marker) {
      marker -= 1
      if !ScalarClass.isHan(text[marker]) { return nil }
    }
    guard ScalarTrie.matches(respective, in: text, at: marker) else { return nil }
    var clauseStart = marker
    while clauseStart > 0, start - clauseStart <= 40,
      ScalarClass.isHan(text[clauseStart - 1]) || text[clauseStart - 1] == 0x3001
    {
      clauseStart -= 1
    }
    let clause = Array(text[clauseStart..<marker])
    var parts = clause.split(separator: 0x3001).map { item(Array($0)) }
    if parts.count == 1 {
      parts = clause.split(separator: 0x548C).map { item(Array($0)) }  // 和
      guard parts.count == 2, let first = parts[0], let last = parts[1] else { return nil }
      if first.count < last.count { parts[0] = nil }
    }
    guard parts.allSatisfy({ $0 != nil }) || parts.count == 2 else { return nil }
    return parts.contains { $0 != nil } ? parts.map { $0.map { $0.string(0..<$0.count) } } : nil
  }

  private func item(_ part: [UInt32]) -> [UInt32]? {
    let scalars = rules.trimmed(rules.cleaner.droppingLeadingPlaces(rules.trimmed(part)))
    guard rules.cleaner.isClean(scalars), !rules.notSubjects.contains(scalars) else { return nil }
    return scalars
  }

  /// A figure without a label that follows another with nothing or one 、/，between, in another
  /// unit, counts the same thing (跨境班列464列、32609标箱; 中欧班列924列97828标箱); one that follows
  /// the noun the figure before it measures counts that noun (亿元以上重大项目472个, 项目有45个).
  func fillSameThing(_ quantities: inout [QuantityMention], text: [UInt32]) {
    guard quantities.count > 1 else { return }
    for index in 1..<quantities.count where !hasLabel(quantities[index]) {
      let previous = quantities[index - 1]
      guard let label = label(previous), previous.end <= quantities[index].start,
        previous.kind != .percentage, quantities[index].kind != .percentage
      else { continue }
      let gap = Array(text[previous.end..<quantities[index].start])
      let separated = gap.isEmpty || (gap.count == 1 && [0x3001, 0xFF0C, 0x2C].contains(gap[0]))
      if separated, previous.unit != quantities[index].unit, previous.subject != nil || gap.count <= 1 {
        quantities[index].subject = label
      } else if let subject = previous.subject, countsNoun(gap, subject) {
        quantities[index].subject = subject
      }
    }
  }

  /// Whether `gap` is `subject`, optionally followed by a verb of reaching (项目有, 项目达).
  private func countsNoun(_ gap: [UInt32], _ subject: String) -> Bool {
    let noun = subject.scalarValues
    guard gap.count >= noun.count, gap.starts(with: noun) else { return false }
    let rest = Array(gap.dropFirst(noun.count))
    guard !rest.isEmpty else { return true }
    let word =
      rules.stopWords.longestMatch(in: rest, at: 0) ?? rules.measureVerbs.longestMatch(in: rest, at: 0)
    return word?.end == rest.count
  }
}
