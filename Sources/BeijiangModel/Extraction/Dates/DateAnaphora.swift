/// 当年, 同年, 次年, 当月, 次月, 当天, 次日: words that count from the date the paragraph has just
/// named, as a reader takes "1992年，高新区获批；次年，园区扩建" for 1993. The reader resolves them
/// against the reference date; this moves them onto the latest date before them in the same
/// paragraph that is fine enough for their unit (a day for 次日, a month for 次月, any year for
/// 次年), counting from its end.
///
/// A festival is no antecedent of 当天 or 次日: "12月18日，元旦、春节送温暖活动启动。当天，……"
/// speaks of 18 December, as the festivals name what the campaign is for, not when the sentence
/// happens (春节当天 written together is one date, read as such).
///
/// With no such date: 当年, 当月 and 当天 keep the reference date, as news writes them of the day
/// it reports (`aloneIsReference` in dates.json); the others (次年, 同月, 翌日 …) name no date a
/// reader could tell, and are dropped.
struct DateAnaphora {
  /// The unit an anaphoric word counts in and how many units it moves (次年: a year, 1).
  struct Step: Sendable {
    let unit: DateLexicon.CountUnit
    let offset: Int
    /// 当年, 当月, 当天: with no date before them they speak of the reference's own time.
    let aloneIsReference: Bool
  }

  private var antecedent: DateMatch?
  /// The latest date before that is no festival, for the words that count in days.
  private var dayAntecedent: DateMatch?
  private let reference: CivilDate

  init(reference: CivilDate) { self.reference = reference }

  /// Moves an anaphoric date onto the date before it, or tells that it is to be dropped;
  /// remembers any other date as the next one's antecedent.
  mutating func place(_ date: inout DateMatch) -> Bool {
    guard let step = date.anaphoric else {
      if date.precision != .vague, date.open != .end, !date.endsAtReference { remember(date) }
      return true
    }
    guard let antecedent = antecedent(countingIn: step.unit),
      Self.isFine(antecedent, enoughFor: step.unit)
    else { return step.aloneIsReference }
    let anchor = antecedent.endDate
    switch step.unit {
    case .year: shift(&date, months: 12 * (anchor.year - reference.year))
    case .month: shift(&date, months: 12 * (anchor.year - reference.year) + anchor.month - reference.month)
    case .day, .week:
      let days = anchor.days(since: reference)
      (date.startDate, date.endDate) = (date.startDate.adding(days: days), date.endDate.adding(days: days))
    }
    date.anchoredOnWrittenYear = !antecedent.usesReference
    remember(date)
    return true
  }

  private mutating func remember(_ date: DateMatch) {
    antecedent = date
    if !date.festival { dayAntecedent = date }
  }

  private func antecedent(countingIn unit: DateLexicon.CountUnit) -> DateMatch? {
    unit == .day || unit == .week ? dayAntecedent : antecedent
  }

  /// Whole months later or earlier; a month's last day stays its last day (当年2月 of 2024).
  private func shift(_ date: inout DateMatch, months: Int) {
    let end = date.endDate
    let monthEnd = end.day == CivilDate.daysIn(year: end.year, month: end.month)
    date.startDate = date.startDate.adding(months: months)
    date.endDate = end.adding(months: months)
    if monthEnd {
      date.endDate = CivilDate.clamped(year: date.endDate.year, month: date.endDate.month, day: 31)
    }
  }

  private static func isFine(_ date: DateMatch, enoughFor unit: DateLexicon.CountUnit) -> Bool {
    switch unit {
    case .year: true
    case .month: [.day, .tenDays, .month].contains(date.precision)
    case .day, .week: date.precision == .day
    }
  }
}
