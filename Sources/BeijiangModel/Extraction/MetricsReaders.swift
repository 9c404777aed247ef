/// The readers the scanner uses, built once from the shared lexicon: building their tables per call
/// cost more than scanning a short paragraph. A class, so each paragraph's scanner holds them by
/// one reference: as a struct, every scanner's copy retained each table inside.
final class MetricsReaders: Sendable {
  static let shared = MetricsReaders(lexicon: .shared)

  let lexicon: MetricsLexicon
  let dates: DateReader
  let ordinals: OrdinalReader
  let quantities: QuantityReader
  let roles: RoleResolver
  let subjects: SubjectFinder
  let countedNouns: CountedNounFinder
  let changeSubjects: ChangeSubjects
  let changes: ChangeReader

  init(lexicon: MetricsLexicon) {
    self.lexicon = lexicon
    dates = DateReader(tables: lexicon.dates, numbers: lexicon.numbers)
    ordinals = OrdinalReader(lexicon: lexicon.ordinals, numbers: lexicon.numbers)
    quantities = QuantityReader(lexicon: lexicon)
    roles = RoleResolver(
      lexicon.roles, numbers: lexicon.numbers, yearMarker: lexicon.dates.yearMarkerScalar,
      dateEnds: lexicon.dates.dayMarkers.union([lexicon.dates.yearMarkerScalar, lexicon.dates.monthMarker]))
    subjects = SubjectFinder(rules: lexicon.nounPhrases)
    countedNouns = CountedNounFinder(rules: lexicon.nounPhrases)
    changeSubjects = ChangeSubjects(lexicon.context, rules: lexicon.nounPhrases)
    changes = ChangeReader(lexicon.changes)
  }
}
