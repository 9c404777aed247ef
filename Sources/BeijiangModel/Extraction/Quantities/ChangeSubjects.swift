/// Labels that figures take from other figures of their sentence, once all are found:
/// - a change (进口货物2059.3万吨，同比增长242.2%) measures the figure before it, so it takes that
///   figure's label;
/// - 分别 pairs its figures in order with the labelled figures listed before it (客运量121.8万人、
///   交通工具67.7万辆，同比分别增长516.7%、281.3% → 客运量, 交通工具).
/// Only figures with no label of their own take one, and never across a sentence end.
struct ChangeSubjects: Sendable {
  let changeVerbs: ScalarTrie
  let respective: [UInt32]

  init(_ words: ContextWords) {
    changeVerbs = ScalarTrie(words.changeVerbs.enumerated().map { ($1, $0) })
    respective = words.respectiveWord.scalarValues
  }

  func fill(_ quantities: inout [QuantityMention], text: [UInt32]) {
    var index = 0
    while index < quantities.count {
      guard quantities[index].subject == nil, quantities[index].counted == nil, index > 0,
        let cue = cue(text, before: quantities[index].start, after: quantities[index - 1].end)
      else {
        index += 1
        continue
      }
      let group = listed(quantities, from: index, text: text)
      let sources = cue ? labelled(quantities, before: index, count: group.count, text: text) : nil
      for (offset, member) in group.enumerated() where quantities[member].subject == nil {
        if let sources {
          quantities[member].subject = sources[offset]
        } else if offset == 0 {
          quantities[member].subject = quantities[index - 1].subject ?? quantities[index - 1].counted
        }
      }
      index = (group.last ?? index) + 1
    }
  }

  /// Whether a verb of change stands between the previous figure and this one, in one sentence:
  /// nil when none does, else whether 分别 does too.
  private func cue(_ text: [UInt32], before start: Int, after end: Int) -> Bool? {
    guard end <= start, start - end <= 16 else { return nil }
    var found = false
    var respective = false
    for position in end..<start {
      if ScalarClass.endsSentence(text[position]) { return nil }
      if changeVerbs.longestMatch(in: text, at: position, limit: start) != nil { found = true }
      if ScalarTrie.matches(self.respective, in: text, at: position) { respective = true }
    }
    return found ? respective : nil
  }

  /// This figure and those joined to it by 、 or 和 (516.7%、281.3%).
  private func listed(_ quantities: [QuantityMention], from index: Int, text: [UInt32]) -> [Int] {
    var group = [index]
    while let last = group.last, last + 1 < quantities.count {
      let gap = quantities[last].end..<quantities[last + 1].start
      guard gap.count == 1, [0x3001, 0x548C].contains(text[gap.lowerBound]) else { break }
      group.append(last + 1)
    }
    return group
  }

  /// The labels of the `count` figures right before `index` in its sentence, if each has one.
  private func labelled(_ quantities: [QuantityMention], before index: Int, count: Int, text: [UInt32])
    -> [String]?
  {
    guard index >= count else { return nil }
    let previous = quantities[(index - count)..<index]
    guard let first = previous.first,
      !(first.end..<quantities[index].start).contains(where: { ScalarClass.endsSentence(text[$0]) })
    else { return nil }
    let labels = previous.compactMap { $0.subject ?? $0.counted }
    return labels.count == count ? labels : nil
  }
}
