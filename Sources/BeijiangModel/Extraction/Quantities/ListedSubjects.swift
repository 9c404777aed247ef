/// Steps 1 and 2 of `ChangeSubjects`: subjects listed before 分别, and figures that count the same
/// thing as the figure before them.
extension ChangeSubjects {
  /// 森林覆盖率、草原植被盖度分别达到20.79%和45%: the items before 分别 label, in order, the figures
  /// joined after it, when there are as many of each. Items are split at 、; at 和 only when the first
  /// item is as long as the second, since 荒漠化和沙化土地面积 shares its head noun.
  func pairRespectiveSubjects(_ quantities: inout [QuantityMention], text: [Unicode.Scalar]) {
    var index = 0
    while index < quantities.count {
      let group = listed(quantities, from: index, text: text)
      defer { index = (group.last ?? index) + 1 }
      guard group.count >= 2 else { continue }
      guard let items = respectiveItems(text, before: quantities[index].start), items.count == group.count
      else {
        shareFirstLabel(&quantities, group: group, text: text)
        continue
      }
      for (item, member) in zip(items, group) where item != nil { quantities[member].subject = item }
    }
  }

  /// 贡献率分别为8.7%、45.7%和45.6%: with no list of subjects, the noun right before 分别 labels every
  /// figure joined after it, when no figure before it in its clause could be what they pair with.
  private func shareFirstLabel(_ quantities: inout [QuantityMention], group: [Int], text: [Unicode.Scalar]) {
    guard let first = group.first, let subject = quantities[first].subject,
      group.dropFirst().allSatisfy({ !hasLabel(quantities[$0]) }),
      let marker = respectiveMarker(text, before: quantities[first].start)
    else { return }
    if first > 0, !(quantities[first - 1].end..<marker).contains(where: { ScalarClass.endsClause(text[$0]) })
    {
      return
    }
    guard text.has(subject.scalars, at: marker - subject.unicodeScalars.count) else {
      return
    }
    for member in group.dropFirst() { quantities[member].subject = subject }
  }

  /// Where 分别 stands in the few Han characters before `start`.
  private func respectiveMarker(_ text: [Unicode.Scalar], before start: Int) -> Int? {
    var marker = start
    while marker > 0, start - marker <= 6, !text.has(respective, at: marker) {
      marker -= 1
      if !ScalarClass.isHan(text[marker]) { return nil }
    }
    return text.has(respective, at: marker) ? marker : nil
  }

  /// The cleaned items of the list right before 分别 and a short verb ending at `start`; an item is
  /// nil when it is only a modifier of the head the last item ends with (荒漠化 of 荒漠化和沙化土地面积).
  private func respectiveItems(_ text: [Unicode.Scalar], before start: Int) -> [String?]? {
    guard let marker = respectiveMarker(text, before: start) else { return nil }
    var clauseStart = marker
    while clauseStart > 0, start - clauseStart <= 40,
      ScalarClass.isHan(text[clauseStart - 1]) || text[clauseStart - 1] == "、"
    {
      clauseStart -= 1
    }
    let clause = Array(text[clauseStart..<marker])
    var parts = sharingHead(clause.split(separator: "、").map { Array($0) }).map { item($0) }
    if parts.count == 1 {
      parts = clause.split(separator: "和").map { item(Array($0)) }
      guard parts.count == 2, let first = parts[0], let last = parts[1] else { return nil }
      if first.count < last.count { parts[0] = nil }
    }
    guard parts.allSatisfy({ $0 != nil }) || parts.count == 2 else { return nil }
    return parts.contains { $0 != nil } ? parts.map { $0.map { $0.string(0..<$0.count) } } : nil
  }

  /// 铁路、公路、民航货运量 (内、外贸吞吐量): when the items before the last are as short as a
  /// modifier (one or two characters, all alike) and the last is longer, they share its head noun
  /// (铁路货运量, 内贸吞吐量).
  private func sharingHead(_ parts: [[Unicode.Scalar]]) -> [[Unicode.Scalar]] {
    guard parts.count >= 2, let last = parts.last.map({ rules.trimmed($0) }) else { return parts }
    let heads = parts.dropLast().map { rules.trimmed($0) }
    guard let width = heads.first?.count, width <= 2, heads.allSatisfy({ $0.count == width }),
      last.count >= width + 2
    else { return parts }
    let head = Array(last.dropFirst(width))
    return heads.map { $0 + head } + [last]
  }

  private func item(_ part: [Unicode.Scalar]) -> [Unicode.Scalar]? {
    let scalars = rules.trimmed(rules.cleaner.droppingLeadingPlaces(rules.trimmed(part)))
    guard rules.cleaner.isClean(scalars), !rules.notSubjects.contains(scalars) else { return nil }
    return scalars
  }

  /// A figure without a label that follows another with nothing or one 、/，between, in another
  /// unit, counts the same thing (跨境班列464列、32609标箱; 中欧班列924列97828标箱); one that follows
  /// the noun the figure before it measures counts that noun (亿元以上重大项目472个, 项目有45个).
  func fillSameThing(_ quantities: inout [QuantityMention], text: [Unicode.Scalar]) {
    guard quantities.count > 1 else { return }
    for index in 1..<quantities.count where !hasLabel(quantities[index]) {
      let previous = quantities[index - 1]
      guard let label = label(previous), previous.end <= quantities[index].start,
        previous.kind != .percentage, quantities[index].kind != .percentage
      else { continue }
      let gap = Array(text[previous.end..<quantities[index].start])
      let separated = gap.isEmpty || (gap.count == 1 && ["、", "，", ","].contains(gap[0]))
      if separated, previous.unit != quantities[index].unit, previous.subject != nil || gap.count <= 1 {
        quantities[index].subject = label
      } else if let subject = previous.subject, countsNoun(gap, subject) {
        quantities[index].subject = subject
      }
    }
  }

  /// Whether `gap` is `subject`, optionally followed by a verb of reaching (项目有, 项目达).
  private func countsNoun(_ gap: [Unicode.Scalar], _ subject: String) -> Bool {
    let noun = subject.scalars
    guard gap.count >= noun.count, gap.starts(with: noun) else { return false }
    let rest = Array(gap.dropFirst(noun.count))
    guard !rest.isEmpty else { return true }
    let word =
      rules.stopWords.longestMatch(in: rest, at: 0) ?? rules.measureVerbs.longestMatch(in: rest, at: 0)
    return word?.end == rest.count
  }
}
