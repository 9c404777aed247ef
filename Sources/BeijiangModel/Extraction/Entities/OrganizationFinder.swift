/// An organisation name found in one paragraph; `canonical` is set for known bodies.
struct OrganizationMatch: Sendable {
  let span: TextSpan
  let surface: String
  let knownCanonical: String?
}

/// Finds organisations: known bodies (国务院, 中华全国总工会) and names that end in a suffix from the
/// lexicon (…总工会, …股份有限公司, …变电站), taking the longest well-formed name. The name's start is
/// where a boundary is (see `NameExtent`); a name made only of generic words (各级工会, 企业工会) or
/// with fewer than two characters before its suffix is not a name.
struct OrganizationFinder {
  let lexicon: EntityLexicon

  func organizations(in paragraph: ScalarParagraph, places: [PlaceMatch]) -> [OrganizationMatch] {
    var protected = SpansByOffset(count: paragraph.count)
    let known = knownBodies(in: paragraph)
    for span in places.map(\.span) + qualifierSpans(in: paragraph) + known.map(\.span) {
      protected.coverUncovered(span)
    }
    let candidates = known + suffixNames(in: paragraph, protected: protected)
    return longestWithoutOverlap(candidates, in: paragraph)
  }

  private func knownBodies(in paragraph: ScalarParagraph) -> [OrganizationMatch] {
    var found: [OrganizationMatch] = []
    var offset = 0
    while offset < paragraph.count {
      guard let match = lexicon.knownBodies.longestMatch(in: paragraph.scalars, at: offset) else {
        offset += 1
        continue
      }
      let span = TextSpan(paragraph: paragraph.index, start: offset, end: offset + match.length)
      found.append(
        OrganizationMatch(
          span: span, surface: paragraph.text(span.start, span.end), knownCanonical: match.value))
      offset += match.length
    }
    return found
  }

  private func qualifierSpans(in paragraph: ScalarParagraph) -> [TextSpan] {
    var spans: [TextSpan] = []
    var offset = 0
    while offset < paragraph.count {
      if let match = lexicon.organizationQualifiers.longestMatch(in: paragraph.scalars, at: offset) {
        spans.append(TextSpan(paragraph: paragraph.index, start: offset, end: offset + match.length))
        offset += match.length
      } else {
        offset += 1
      }
    }
    return spans
  }

  private func suffixNames(in paragraph: ScalarParagraph, protected: SpansByOffset)
    -> [OrganizationMatch]
  {
    var extent = NameExtent(
      paragraph: paragraph, protectedSpans: protected, lexicon: lexicon,
      options: .init(maxBody: 20, allowsDigitsAndBrackets: true, stopsAtProtectedSpans: false))
    extent.endsWithOrganizationSuffix = { offset in
      lexicon.organizationSuffixesEndingAt.longestMatch(in: paragraph.scalars, endingAt: offset) != nil
    }
    var found: [OrganizationMatch] = []
    for end in stride(from: 1, through: paragraph.count, by: 1) {
      // Only the longest suffix: a shorter one would take part of the longer as the body (有限|公司).
      guard
        let suffix = lexicon.organizationSuffixesEndingAt.longestMatch(
          in: paragraph.scalars, endingAt: end)
      else { continue }
      let suffixStart = end - suffix.length
      let suffixText = paragraph.text(suffixStart, end)
      guard !continuesAWord(suffixText, at: end, in: paragraph),
        let extentStart = extent.start(beforeSuffixAt: suffixStart),
        case let start = afterLeadingWords(extentStart, suffixStart, in: paragraph, protected),
        isLevelBody(paragraph, start, suffixStart, suffix: suffixText)
          || !holdsOfficeRole(paragraph, start..<suffixStart)
            && isWellFormedBody(Array(paragraph.scalars[start..<suffixStart]))
            && (!needsAnchor(suffixText)
              || hasAnchor(paragraph, start..<suffixStart, protected: protected))
      else { continue }
      found.append(
        OrganizationMatch(
          span: TextSpan(paragraph: paragraph.index, start: start, end: end),
          surface: paragraph.text(start, end), knownCanonical: nil))
    }
    return found
  }

  /// The start moved past words that open a clause (按照内蒙古自治区党委 → 内蒙古自治区党委), also one
  /// the boundary cut in two (按|照内蒙古…, where 按 alone is a boundary word) or one inside the body.
  private func afterLeadingWords(
    _ start: Int, _ suffixStart: Int, in paragraph: ScalarParagraph, _ protected: SpansByOffset
  ) -> Int {
    var start = start
    // After a break, 如 and 例如 introduce an example (。如东风汽车集团…); a name of its own (如东县,
    // a known body) is protected, and a body that would be left too short (如意集团) keeps it.
    if start == 0 || !EntityScalarClass.isHan(paragraph.scalars[start - 1]),
      protected[start] == nil,
      let opener = lexicon.clauseOpeners.longestMatch(in: paragraph.scalars, at: start),
      suffixStart - start - opener.length >= 2
    {
      start += opener.length
    }
    // A date's last character is no part of the name: 2024年|包头稀土研究院.
    if start > 0, start < suffixStart, EntityScalarClass.isDigit(paragraph.scalars[start - 1]),
      lexicon.dateResidue.contains(paragraph.scalars[start])
    {
      start += 1
    }
    for back in 1...2 where start - back >= 0 {
      if let word = lexicon.organizationLeadingWords.longestMatch(
        in: paragraph.scalars, at: start - back), word.length > back
      {
        start = min(suffixStart, start - back + word.length)
        break
      }
    }
    // A clause's verb inside the body (各地创建劳模…) means the name starts after it.
    var offset = start
    while offset < suffixStart {
      if let word = lexicon.organizationLeadingWords.longestMatch(in: paragraph.scalars, at: offset),
        offset + word.length <= suffixStart
      {
        start = offset + word.length
        offset = start
      } else {
        offset += 1
      }
    }
    return start
  }

  /// Whether the body is a level alone before a department (据省统计局, 被省总工会, 。区总工会): the
  /// report's own province or city. A determiner or count before it (各市, 全省, 该县) is no name.
  private func isLevelBody(
    _ paragraph: ScalarParagraph, _ start: Int, _ suffixStart: Int, suffix: String
  ) -> Bool {
    suffixStart - start == 1 && lexicon.organizationLevels.contains(paragraph.scalars[start])
      && (start == 0 || !lexicon.levelNotAfter.contains(paragraph.scalars[start - 1]))
      && lexicon.levelSuffixEndings.contains { suffix.hasSuffix($0) }
  }

  /// Whether the suffix runs on into a longer word (二十大学习 holds no 大学).
  private func continuesAWord(_ suffix: String, at end: Int, in paragraph: ScalarParagraph) -> Bool {
    guard end < paragraph.count, let next = lexicon.organizationSuffixNotBefore[suffix] else {
      return false
    }
    return next.contains(paragraph.scalars[end])
  }

  private func holdsOfficeRole(_ paragraph: ScalarParagraph, _ body: Range<Int>) -> Bool {
    body.contains { offset in
      guard let role = lexicon.officeRoles.longestMatch(in: paragraph.scalars, at: offset) else {
        return false
      }
      return offset + role.length <= body.upperBound
    }
  }

  private func needsAnchor(_ suffix: String) -> Bool {
    lexicon.anchoredOrganizationSuffixes.contains(suffix)
  }

  /// Whether the body holds a place, a qualifier, a known body or ends another organisation's suffix.
  private func hasAnchor(
    _ paragraph: ScalarParagraph, _ body: Range<Int>, protected: SpansByOffset
  ) -> Bool {
    body.contains { protected[$0] != nil }
      || body.dropFirst().contains {
        lexicon.organizationSuffixesEndingAt.longestMatch(in: paragraph.scalars, endingAt: $0 + 1) != nil
      }
  }

  private func isWellFormedBody(_ body: [Unicode.Scalar]) -> Bool {
    body.count >= 2 && !EntityLexicon.isComposed(of: lexicon.genericOrganizationBodies, body)
  }

  /// The longest candidates first; a candidate overlapping one already taken is dropped.
  private func longestWithoutOverlap(_ candidates: [OrganizationMatch], in paragraph: ScalarParagraph)
    -> [OrganizationMatch]
  {
    let ordered = candidates.sorted {
      $0.span.length != $1.span.length ? $0.span.length > $1.span.length : $0.span < $1.span
    }
    var taken: [OrganizationMatch] = []
    // Offsets taken so far, so each candidate is checked against its own offsets rather than every
    // name taken before it.
    var covered = SpansByOffset(count: paragraph.count)
    for candidate in ordered where !covered.coversAny(of: candidate.span) {
      taken.append(candidate)
      covered.cover(candidate.span)
    }
    return taken.sorted { $0.span < $1.span }
  }
}
