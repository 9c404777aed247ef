/// The single forward pass over a text's scalars. At each scalar one table load says whether a
/// mention can start there; only then are the readers tried, in this order:
/// 1. date words and numeric dates (2024年, 3月29日, 今年, 上半年, “两节”);
/// 2. numerals inside words that are not figures (进一步, 四子王旗) and place names (五原县) are skipped;
/// 3. ordinals (第七届, 1号文件, 十四五);
/// 4. quantities, then their role, counted noun and subject.
/// After a mention the scan resumes at its end, so mentions never overlap and come out in order.
struct MetricsScanner {
  /// The date the text speaks from; nil when unknown, and then nothing is resolved against one.
  let reference: CivilDate?
  /// What the date reader runs against: the reference, or a stand-in whose days are all dropped.
  private let readingReference: CivilDate
  private let readers: MetricsReaders
  private var lexicon: MetricsLexicon { readers.lexicon }
  private var dates: DateReader { readers.dates }
  private var ordinals: OrdinalReader { readers.ordinals }
  private var quantities: QuantityReader { readers.quantities }
  private var roles: RoleResolver { readers.roles }
  private var subjects: SubjectFinder { readers.subjects }
  private var countedNouns: CountedNounFinder { readers.countedNouns }
  private var changes: ChangeReader { readers.changes }

  init(reference: CivilDate?, readers: MetricsReaders = .shared) {
    self.reference = reference
    readingReference = reference ?? DateResolution.unknownReference
    self.readers = readers
  }

  /// Every date in the text, with the year each one wrote out (for reference-date inference).
  func scanDates(_ text: [Unicode.Scalar]) -> [DateMatch] {
    var found: [DateMatch] = []
    var index = 0
    while index < text.count {
      guard lexicon.scalarFlags.flags(of: text[index]) & (ScalarFlags.number | ScalarFlags.dateWord) != 0
      else {
        index += 1
        continue
      }
      if let date = dates.read(text, at: index, lowerBound: found.last?.end ?? 0, reference: readingReference)
      {
        found.append(date)
        index = date.end
      } else {
        index =
          lexicon.numerals.startsNumber(text[index]) ? lexicon.numbers.endOfRun(text, from: index) : index + 1
      }
    }
    return found
  }

  func scan(_ text: [Unicode.Scalar]) -> ExtractedMetrics {
    var result = ExtractedMetrics()
    var lastEnd = 0
    var index = 0
    var samePeriod = SamePeriod()
    var anaphora = DateAnaphora(reference: readingReference)
    while index < text.count {
      let flags = lexicon.scalarFlags.flags(of: text[index])
      if flags == 0 {
        index += 1
        continue
      }
      // 对折, 半成, 翻一番 start at a character that is no numeral: only those forms are tried there.
      if flags == ScalarFlags.wordForm {
        if let match = quantities.readWordForm(text, at: index) {
          let followsQuantity = result.quantities.last.map { $0.end == lastEnd } ?? false
          result.quantities.append(
            mention(match, text, lowerBound: lastEnd, followsQuantity: followsQuantity))
          (index, lastEnd) = (match.end, match.end)
        } else {
          index += 1
        }
        continue
      }
      if var date = dates.read(text, at: index, lowerBound: lastEnd, reference: readingReference) {
        samePeriod.place(&date)
        if anaphora.place(&date) { result.dates.append(mention(date, text)) }
        (index, lastEnd) = (date.end, date.end)
        continue
      }
      guard flags & ScalarFlags.number != 0 else {
        index += 1
        continue
      }
      if let skipEnd = notFigureEnd(text, at: index) {
        index = skipEnd
        continue
      }
      if let ordinal = ordinals.read(text, at: index, lowerBound: lastEnd) {
        result.ordinals.append(
          OrdinalMention(
            surface: text.string(ordinal.start..<ordinal.end), start: ordinal.start, end: ordinal.end,
            value: ordinal.value, kind: ordinal.kind))
        (index, lastEnd) = (ordinal.end, ordinal.end)
        continue
      }
      if let match = quantities.read(text, at: index, lowerBound: lastEnd) {
        let followsQuantity = result.quantities.last.map { $0.end == lastEnd } ?? false
        result.quantities.append(mention(match, text, lowerBound: lastEnd, followsQuantity: followsQuantity))
        (index, lastEnd) = (match.end, match.end)
        continue
      }
      index = lexicon.numbers.endOfRun(text, from: index)
    }
    readers.changeSubjects.fill(&result.quantities, text: text)
    return result
  }

  /// The end of a listed non-figure word, a clock time or a place name starting with this numeral.
  private func notFigureEnd(_ text: [Unicode.Scalar], at index: Int) -> Int? {
    if let end = NotQuantityFilter.clockTimeEnd(text, at: index) { return end }
    if let end = lexicon.notQuantityFilter.coveringWordEnd(text, at: index) { return max(end, index + 1) }
    guard !ScalarClass.isArabicDigit(text[index]), let number = lexicon.numbers.read(text, at: index) else {
      return nil
    }
    return lexicon.notQuantityFilter.placeNameEnd(text, numberEnd: number.end, units: lexicon.units)
  }

  private func mention(_ date: DateMatch, _ text: [Unicode.Scalar]) -> DateMention {
    DateResolution.mention(date, text, reference: reference)
  }

  private func mention(
    _ match: QuantityMatch, _ text: [Unicode.Scalar], lowerBound: Int, followsQuantity: Bool
  )
    -> QuantityMention
  {
    let counted = countedNouns.counted(text, after: match.tailStart, unit: match.unit)
    let subject = subjects.subject(
      text, match: match, counted: counted, lowerBound: lowerBound, followsQuantity: followsQuantity)
    let factor = match.unit.map { $0.dimension == "share" ? 1 : $0.toBase } ?? 1
    let isShare = match.kind == .percentage && match.unit?.dimension != "ratio"
    let change = changes.read(
      text, start: match.start, lowerBound: lowerBound, unit: match.unitName, preset: match)
    var quantity = QuantityMention(
      kind: match.kind, surface: text.string(match.start..<match.end), start: match.start, end: match.end,
      value: match.value, low: match.low, high: match.high, unit: match.unitName,
      dimension: isShare ? "share" : match.unit?.dimension,
      baseValue: match.value.map { DecimalProduct.times($0, factor) },
      baseUnit: isShare ? "share" : match.unit?.baseUnit, qualifier: match.qualifier,
      role: roles.role(
        text, start: match.start, end: match.end, referenceYear: reference?.year ?? Int.max,
        isChange: change != nil),
      subject: subject, counted: counted, currency: match.unit?.currency)
    quantity.lowInclusive = match.lowInclusive
    quantity.highInclusive = match.highInclusive
    quantity.change = change?.direction
    quantity.changeKind = change?.kind
    quantity.changeBasis = change?.basis
    quantity.changed = change?.changed
    return quantity
  }
}
