/// Decides whether a figure is a target (a goal or forecast), a plan (计划, 规划, 拟: intended),
/// achieved (done, reached) or current (a standing fact).
///
/// Rules, in order: a target cue after the figure in its clause (…1500万亩以上的任务目标) makes it a
/// target; otherwise the nearest cue before it decides, looking back through the sentence for
/// sentence-scoped cues (目标, 确定的) and through the clause for clause-scoped ones (将, 已经);
/// a year after the reference year, or 到/至 + a year not before it, counts as a target cue
/// (到2027年, 2027年将达到). With no cue, a verb of things done in the clause before the figure
/// (完成, 投入, 新增), or the figure being a change (同比增长6.3%), makes it achieved; otherwise it
/// is current.
/// A class, built once, so a call through `MetricsReaders` does not copy its tables.
final class RoleResolver: Sendable {
  private struct Cue {
    let role: QuantityMention.Role
    let scope: RoleCueLexicon.Scope
    let blockers: Set<Unicode.Scalar>
    let notBefore: [[Unicode.Scalar]]
  }

  private let beforeCues: WordTrie<Int>
  private let beforeEntries: [Cue]
  private let afterCues: WordTrie<Int>
  private let achievedVerbs: WordTrie<Int>
  private let targetYearPrefixes: Set<Unicode.Scalar>
  private let numbers: NumberReader
  private let yearMarker: Unicode.Scalar
  /// 年 月 日 号: a 至 after one of these joins a date range, it does not announce a target.
  private let dateEnds: Set<Unicode.Scalar>

  init(
    _ lexicon: RoleCueLexicon, numbers: NumberReader, yearMarker: Unicode.Scalar,
    dateEnds: Set<Unicode.Scalar>
  ) {
    self.dateEnds = dateEnds
    var before = WordTrie<Int>()
    var entries: [Cue] = []
    var after = WordTrie<Int>()
    let all =
      lexicon.targetCues.map { ($0, QuantityMention.Role.target) }
      + lexicon.planCues.map { ($0, QuantityMention.Role.plan) }
      + lexicon.achievedCues.map { ($0, QuantityMention.Role.achieved) }
    for (cue, role) in all {
      if cue.direction == .after {
        if role == .target { after.insert(cue.cue, value: 0) }
        continue
      }
      before.insert(cue.cue, value: entries.count)
      entries.append(
        Cue(
          role: role, scope: cue.scope, blockers: Set((cue.notAfter ?? []).map { $0.scalars[0] }),
          notBefore: (cue.notBefore ?? []).map(\.scalars)))
    }
    beforeCues = before
    beforeEntries = entries
    afterCues = after
    achievedVerbs = WordTrie<Int>(lexicon.achievedVerbs.enumerated().map { ($1, $0) })
    targetYearPrefixes = Set(lexicon.targetYearPrefixes.map { $0.scalars[0] })
    self.numbers = numbers
    self.yearMarker = yearMarker
  }

  func role(_ text: [Unicode.Scalar], start: Int, end: Int, referenceYear: Int, isChange: Bool = false)
    -> QuantityMention.Role
  {
    let clauseEnd = scanForward(text, from: end, limit: 40, stop: ScalarClass.endsClause)
    for index in end..<clauseEnd where afterCues.longestMatch(in: text, at: index, limit: clauseEnd) != nil {
      return .target
    }
    let sentenceStart = scanBackward(text, from: start, limit: 80, stop: ScalarClass.endsSentence)
    let clauseStart = scanBackward(text, from: start, limit: 40, stop: ScalarClass.endsClause)
    var index = start - 1
    while index >= sentenceStart {
      if isFutureYear(text, at: index, limit: start, referenceYear: referenceYear) { return .target }
      if let match = beforeCues.longestMatch(in: text, at: index, limit: start) {
        let cue = beforeEntries[match.value]
        let blocked =
          index > 0 && cue.blockers.contains(text[index - 1])
          || cue.notBefore.contains { text.has($0, at: match.end) }
        if !blocked, cue.scope == .sentence || index >= clauseStart { return cue.role }
      }
      index -= 1
    }
    if isChange { return .achieved }
    for position in clauseStart..<start
    where achievedVerbs.longestMatch(in: text, at: position, limit: start) != nil {
      return .achieved
    }
    return .current
  }

  /// A year written at `index` (2027年) later than the reference year, or 到/至 before a year not
  /// earlier than it.
  private func isFutureYear(_ text: [Unicode.Scalar], at index: Int, limit: Int, referenceYear: Int) -> Bool {
    guard ScalarClass.isArabicDigit(text[index]), index == 0 || !ScalarClass.isArabicDigit(text[index - 1]),
      let (year, end) = numbers.readPlainInteger(text, at: index), end - index == 4, end < limit,
      text[end] == yearMarker
    else { return false }
    if year > referenceYear { return true }
    guard index > 0, targetYearPrefixes.contains(text[index - 1]), year >= referenceYear else { return false }
    return index < 2 || !dateEnds.contains(text[index - 2])
  }

  private func scanBackward(
    _ text: [Unicode.Scalar], from start: Int, limit: Int, stop: (Unicode.Scalar) -> Bool
  ) -> Int {
    var index = start
    while index > 0, start - index < limit, !stop(text[index - 1]) { index -= 1 }
    return index
  }

  private func scanForward(
    _ text: [Unicode.Scalar], from start: Int, limit: Int, stop: (Unicode.Scalar) -> Bool
  ) -> Int {
    var index = start
    while index < text.count, index - start < limit, !stop(text[index]) { index += 1 }
    return index
  }
}
