/// Finds Han names: a surname from the lexicon, one or two given-name characters, and context that
/// makes it a name (see `PersonContext`). Words in name-stopwords.json (弘扬, 荣获, 温暖 …) are never
/// names, and neither is anything inside an organisation, place or initiative. A name right after
/// another and 、 (副主席张晶、冯占卿受) shares its title as evidence: a list of names reads as one.
struct HanNameFinder {
  let lexicon: EntityLexicon

  func names(in paragraph: ScalarParagraph, blocked: CoveredOffsets) -> [TextSpan] {
    let context = PersonContext(paragraph: paragraph, lexicon: lexicon)
    var found: [TextSpan] = []
    var offset = 0
    while offset < paragraph.count {
      // Titles, stopwords and surnames start with one of `hanNameStartScalars`: at any other offset
      // the three lookups below find nothing and the offset is passed over, with one bit test
      // instead of three trie lookups (docs/performance.md, "Session 10: one text type").
      guard lexicon.hanNameStartScalars.contains(paragraph.scalars[offset]) else {
        offset += 1
        continue
      }
      // Titles, stopwords and groups are read whole, so a surname inside one (范 in 全国劳模模范, 边
      // in 周边, 查 in 检查组在内蒙古) never starts a name.
      if let word = lexicon.titles.longestMatch(in: paragraph.scalars, at: offset)
        ?? lexicon.nameStopwords.longestMatch(in: paragraph.scalars, at: offset)
        ?? lexicon.groups.longestMatch(in: paragraph.scalars, at: offset)
      {
        offset += word.length
        continue
      }
      let listed = found.last.map { isListed(after: $0, at: offset, in: paragraph) } ?? false
      if let span = name(at: offset, in: paragraph, context: context, listed: listed),
        !blocked.overlaps(span)
      {
        found.append(span)
        offset = span.end
      } else {
        offset += 1
      }
    }
    return found
  }

  /// Whether `offset` follows `previous` and a 、 only, so a name there continues a list of names.
  private func isListed(after previous: TextSpan, at offset: Int, in paragraph: ScalarParagraph)
    -> Bool
  {
    previous.end + 1 == offset && paragraph.scalars[previous.end] == "、"
  }

  /// The name starting at `start`, trying the longer given name first for strong context, then
  /// either length for a title before (or a listed name before) plus weak context.
  private func name(
    at start: Int, in paragraph: ScalarParagraph, context: PersonContext, listed: Bool
  ) -> TextSpan? {
    // Every name from `start` ends between two and `longestSurname` + 2 scalars after it, and one is
    // accepted only at an end where a cue, punctuation or an enclosure's closing word follows. Most
    // surname characters run on into ordinary Han text at all those ends, so they stop here, before
    // the surnames are collected and the candidates built (docs/performance.md, "Session 10: one text type").
    guard (start + 2...start + lexicon.longestSurname + 2).contains(where: context.mayEndName)
    else { return nil }
    let surnames = lexicon.surnames.matches(in: paragraph.scalars, at: start)
    guard !surnames.isEmpty else { return nil }
    var candidates: [Int] = []
    for surname in surnames.reversed() {
      for givenLength in [2, 1] where isPlausibleName(paragraph, start, start + surname.length + givenLength)
      {
        candidates.append(start + surname.length + givenLength)
      }
    }
    let accepted =
      candidates.first {
        context.strengthAfter($0) == .strong && !isSurnameBeforeTitle(paragraph, start, $0)
          || context.isEnclosed(start: start, end: $0)
          || context.opensVisitReport(at: $0) && isVisitor(paragraph, start, $0)
            && opensClause(paragraph, at: start, context: context)
      }
      ?? (listed || context.hasTitle(before: start)
        ? candidates.first { context.strengthAfter($0) == .weak } : nil)
    return accepted.map { TextSpan(paragraph: paragraph.index, start: start, end: $0) }
  }

  /// Whether a three-character name inside running text ends in a surname that a title follows
  /// (过程中肖书记: 肖书记 is the surname and the title, 程中肖 no name).
  private func isSurnameBeforeTitle(_ paragraph: ScalarParagraph, _ start: Int, _ end: Int) -> Bool {
    let scalars = paragraph.scalars
    return end - start == 3 && start > 0 && EntityScalarClass.isHan(scalars[start - 1])
      && lexicon.surnames.matches(in: scalars, at: end - 1).contains { $0.length == 1 }
      && lexicon.titlesAfterName.longestMatch(in: scalars, at: end) != nil
  }

  /// Whether a name without a title starts a clause: after a break, a title or a boundary word.
  private func opensClause(_ paragraph: ScalarParagraph, at start: Int, context: PersonContext)
    -> Bool
  {
    start == 0 || !EntityScalarClass.isHan(paragraph.scalars[start - 1])
      || context.hasTitle(before: start)
      || lexicon.boundaryWordsEndingAt.longestMatch(in: paragraph.scalars, endingAt: start) != nil
  }

  /// A name read from a visit alone must not be a body's word: a generic body (全市在…检查时要求) or a
  /// word ending in an organisation's suffix (海关在…检查时表示) is the clause's subject, not a person.
  private func isVisitor(_ paragraph: ScalarParagraph, _ start: Int, _ end: Int) -> Bool {
    lexicon.organizationSuffixesEndingAt.longestMatch(in: paragraph.scalars, endingAt: end) == nil
      && !EntityLexicon.isComposed(
        of: lexicon.genericOrganizationBodies, Array(paragraph.scalars[start..<end]))
  }

  private func isPlausibleName(_ paragraph: ScalarParagraph, _ start: Int, _ end: Int) -> Bool {
    guard end <= paragraph.count else { return false }
    let scalars = paragraph.scalars[start..<end]
    guard scalars.allSatisfy(EntityScalarClass.isHan),
      !scalars.dropFirst().contains(where: lexicon.nonNameScalars.contains)
    else { return false }
    return !isStopword(paragraph, start, end) && !holdsTitle(paragraph, start, end)
  }

  /// Whether a title starts inside the name, within it (肖书记) or running past its end (查室副|主任):
  /// the name is then a surname and a title, or the tail of an office's name.
  private func holdsTitle(_ paragraph: ScalarParagraph, _ start: Int, _ end: Int) -> Bool {
    (start + 1..<end).contains { lexicon.titles.longestMatch(in: paragraph.scalars, at: $0) != nil }
  }

  /// Whether a stopword lies inside the name (负责 in 关负责, 高度 in 高度关). The shortest stopword at
  /// each offset decides: if any fits inside, it does; and it needs no array of every match.
  private func isStopword(_ paragraph: ScalarParagraph, _ start: Int, _ end: Int) -> Bool {
    (start..<end).contains { offset in
      guard let stopword = lexicon.nameStopwords.shortestMatch(in: paragraph.scalars, at: offset)
      else { return false }
      return offset + stopword.length <= end
    }
  }
}
