/// What stands around a date and changes what it means: 截至 before it (until), 以来 / 起 / 以前
/// after it (open ranges), and the cues that make it a target (到2027年, 计划…前完工, 2027年将).
extension DateReader {
  func frame(_ match: inout DateMatch, _ text: [Unicode.Scalar], lowerBound: Int, reference: CivilDate) {
    guard match.precision != .vague else { return }
    let relative = tables.relative
    for prefix in relative.untilPrefixes
    where text.has(prefix, endingAt: match.start, lowerBound: lowerBound) {
      match.start -= prefix.count
      match.open = .start
      break
    }
    if match.open == nil, let suffix = relative.openSuffixes.longestMatch(in: text, at: match.end),
      suffix.end >= text.count || !relative.openSuffixBlockers.contains(text[suffix.end])
    {
      applyOpenSuffix(
        tables.lexicon.openSuffixes[suffix.value].kind, &match, suffixEnd: suffix.end, text,
        lowerBound: lowerBound, reference: reference)
    }
    if match.open == nil, !match.endsAtReference {
      closeSince(&match, text, lowerBound: lowerBound, reference: reference)
    }
    if hasTargetCue(match, text, lowerBound: lowerBound) {
      match.targetCue = true
      if isNotOver(match, reference: reference) { match.role = .target }
    }
    movePastDateBack(&match, text, reference: reference)
    absorbWeekday(&match, text)
  }

  /// 2023年08月02日 星期三, 5月6日（周一）: the weekday names the same day, so it is part of the
  /// date rather than a second one.
  private func absorbWeekday(_ match: inout DateMatch, _ text: [Unicode.Scalar]) {
    guard match.precision == .day, match.open == nil, !match.endsAtReference else { return }
    var index = ScalarClass.pastSpaces(text, from: match.end)
    guard index - match.end <= 2 else { return }
    let bracketed = index < text.count && (text[index] == "(" || text[index] == "（")
    if bracketed { index += 1 }
    guard let word = tables.wordTrie.longestMatch(in: text, at: index),
      case .weekday = tables.words[word.value]
    else { return }
    let closed = word.end < text.count && (text[word.end] == ")" || text[word.end] == "）")
    guard !bracketed || closed else { return }
    match.weekdayStart = match.end
    match.end = bracketed ? word.end + 1 : word.end
  }

  /// 自2013年开通首列中欧班列以来: 自 or 从 before the date and 以来 or 至今 later in the clause make it
  /// a range to the reference date. The surface stays 自2013年, so the words between keep their
  /// figures (自2019年投产3条生产线以来).
  private func closeSince(
    _ match: inout DateMatch, _ text: [Unicode.Scalar], lowerBound: Int, reference: CivilDate
  ) {
    guard match.start - 1 >= lowerBound, tables.openers.contains(text[match.start - 1]),
      reference >= match.startDate
    else { return }
    for index in match.end..<min(text.count, match.end + DateClause.sinceReach) {
      if DateClause.ends(text[index]) { return }
      if let suffix = tables.relative.openSuffixes.longestMatch(in: text, at: index),
        tables.lexicon.openSuffixes[suffix.value].kind == .untilReference
      {
        match.start -= 1
        match.endDate = reference
        match.endsAtReference = true
        return
      }
    }
  }

  /// 5月14日 in a report dated January 15 is last May, unless the text makes it a plan or target:
  /// an article reports what has happened.
  private func movePastDateBack(_ match: inout DateMatch, _ text: [Unicode.Scalar], reference: CivilDate) {
    if match.dayOnly {
      moveDayBack(&match, reference: reference)
      return
    }
    guard reference.year <= tables.lexicon.yearRange.max, match.explicitYear == nil, !match.relative,
      !match.dayOnly, match.role == nil, match.open == nil, !match.endsAtReference,
      [.day, .tenDays, .month].contains(match.precision),
      match.startDate > reference.adding(days: tables.lexicon.laterYearGraceDays),
      text[match.start..<match.end].contains(tables.monthMarker),
      !text.has(tables.relative.lunarMarker, at: match.start)
    else { return }
    let end = match.endDate
    let monthEnd = end.day == CivilDate.daysIn(year: end.year, month: end.month)
    match.startDate = match.startDate.adding(months: -12)
    match.endDate = end.adding(months: -12)
    if monthEnd { match.endDate = CivilDate.clamped(year: end.year - 1, month: end.month, day: 31) }
  }

  /// 14日 alone in a report dated November 5 is October 14: the latest such day on or before the
  /// reference, unless the text makes it a plan (将于25日).
  private func moveDayBack(_ match: inout DateMatch, reference: CivilDate) {
    guard reference.year <= tables.lexicon.yearRange.max, match.role == nil, match.open == nil,
      !match.endsAtReference, match.startDate > reference
    else { return }
    let start = match.startDate.adding(months: -1)
    let end = match.endDate.adding(months: -1)
    guard start.day == match.startDate.day, end.day == match.endDate.day else { return }
    (match.startDate, match.endDate) = (start, end)
  }

  private func applyOpenSuffix(
    _ kind: DateLexicon.OpenKind, _ match: inout DateMatch, suffixEnd: Int, _ text: [Unicode.Scalar],
    lowerBound: Int,
    reference: CivilDate
  ) {
    switch kind {
    case .untilReference:
      guard reference >= match.startDate else { return }
      match.endDate = reference
      match.endsAtReference = true
    case .openEnd: match.open = .end
    case .openStart:
      match.open = .start
      // 春节前 is before the festival begins, not before its holiday week is over.
      if match.festival { match.endDate = match.startDate.adding(days: -1) }
    }
    if kind != .openStart, match.start - 1 >= lowerBound, tables.openers.contains(text[match.start - 1]) {
      match.start -= 1
    }
    match.end = suffixEnd
  }

  /// A target is a cued date not yet over on the reference day (到2023年底 in a 2024 report is a
  /// past state, not a goal).
  private func isNotOver(_ match: DateMatch, reference: CivilDate) -> Bool {
    reference.year > tables.lexicon.yearRange.max || match.endDate >= reference
  }

  /// A cue shortly before (到, 力争, 计划, 将于) or 将 right after the date.
  private func hasTargetCue(_ match: DateMatch, _ text: [Unicode.Scalar], lowerBound: Int) -> Bool {
    let earliest = max(lowerBound, match.start - tables.lexicon.targetCueReach)
    for cue in tables.relative.targetCues {
      for end in stride(from: match.start, through: earliest, by: -1)
      where text.has(cue, endingAt: end, lowerBound: earliest) {
        if end == match.start, endsChange(match, text, lowerBound: lowerBound) { continue }
        return true
      }
    }
    let reach = min(match.end + tables.lexicon.targetFollowerReach, text.count)
    return text[match.end..<reach].contains { tables.relative.targetFollowers.contains($0) }
  }

  /// 由2016年的18.2%提高到2023年的20.1%: a change word (提高到) right before the date, with 的 after
  /// it, names the year of the new figure; the cue ending there is the change word's own 到.
  private func endsChange(_ match: DateMatch, _ text: [Unicode.Scalar], lowerBound: Int) -> Bool {
    guard match.end < text.count, text[match.end] == "的" else { return false }
    return tables.relative.changeToWords.contains {
      text.has($0, endingAt: match.start, lowerBound: lowerBound)
    }
  }
}

/// The clause a date stands in: 自 opens it and a comma or the end of a sentence closes it (a
/// colon or bracket, which end a clause for roles, may stand inside 自…以来).
enum DateClause {
  static func ends(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "，" || scalar == "," || ScalarClass.endsSentence(scalar)
  }
  /// How far after a date 以来 may close 自…以来 (自2013年接运首列中欧班列以来).
  static let sinceReach = 24
}
