/// A place found in one paragraph.
struct PlaceMatch: Sendable {
  let span: TextSpan
  let name: String
  let kind: PlaceKind
  let within: String?
  let inGazetteer: Bool
}

/// Finds places: gazetteer names by longest match, then suffix rules (…苏木, …嘎查, …镇) for names the
/// gazetteer lacks. A suffix-rule name must start at a boundary within a few characters, so it is never
/// a fragment such as 王旗 or 杜镇, and only Inner Mongolian names are in the gazetteer, so 江岸苏木
/// never turns into another province's 江岸区.
struct PlaceFinder {
  let lexicon: EntityLexicon

  func places(in paragraph: ScalarParagraph) -> [PlaceMatch] {
    var found = gazetteerPlaces(in: paragraph)
    found += suffixRulePlaces(in: paragraph, after: found)
    return found.sorted { $0.span < $1.span }
  }

  private func gazetteerPlaces(in paragraph: ScalarParagraph) -> [PlaceMatch] {
    var found: [PlaceMatch] = []
    var offset = 0
    while offset < paragraph.count {
      guard let match = lexicon.places.longestMatch(in: paragraph.scalars, at: offset),
        !match.value.notBefore.contains(where: { paragraph.has($0, at: offset + match.length) })
      else {
        offset += 1
        continue
      }
      let place = match.value
      if let port = port(after: place, at: offset, offset + match.length, in: paragraph) {
        found.append(port)
        offset = port.span.end
        continue
      }
      found.append(
        PlaceMatch(
          span: TextSpan(paragraph: paragraph.index, start: offset, end: offset + match.length),
          name: place.name, kind: place.kind, within: place.within, inGazetteer: true))
      offset += match.length
    }
    return found
  }

  /// A port named by the way it is crossed after its city (满洲里铁路口岸, 绥芬河公路口岸): one name,
  /// as the text writes it, within the city; the city inside it is no mention of its own.
  private func port(
    after place: EntityLexicon.GazetteerPlace, at start: Int, _ end: Int, in paragraph: ScalarParagraph
  ) -> PlaceMatch? {
    guard [.leagueCity, .bannerCounty, .township, .port].contains(place.kind),
      let kind = lexicon.portKinds.longestMatch(in: paragraph.scalars, at: end),
      paragraph.has(lexicon.portSuffix, at: end + kind.length)
    else { return nil }
    let portEnd = end + kind.length + lexicon.portSuffix.count
    return PlaceMatch(
      span: TextSpan(paragraph: paragraph.index, start: start, end: portEnd),
      name: paragraph.text(start, portEnd), kind: .port,
      within: place.kind == .port ? place.within : place.name, inGazetteer: false)
  }

  private func suffixRulePlaces(in paragraph: ScalarParagraph, after known: [PlaceMatch])
    -> [PlaceMatch]
  {
    var protected = SpansByOffset(count: paragraph.count)
    for place in known { protected.cover(place.span) }
    var found: [PlaceMatch] = []
    for end in stride(from: 1, through: paragraph.count, by: 1) {
      guard let match = lexicon.placeSuffixRulesEndingAt.longestMatch(in: paragraph.scalars, endingAt: end)
      else { continue }
      let suffixStart = end - match.length
      guard (suffixStart..<end).allSatisfy({ protected[$0] == nil }),
        let start = bodyStart(for: match.value, suffixStart: suffixStart, in: paragraph, protected)
      else { continue }
      let span = TextSpan(paragraph: paragraph.index, start: start, end: end)
      found.append(
        PlaceMatch(
          span: span, name: paragraph.text(start, end), kind: match.value.kind, within: nil,
          inGazetteer: false))
      protected.cover(span)
    }
    return found
  }

  private func bodyStart(
    for rule: EntityLexicon.PlaceSuffixRule, suffixStart: Int, in paragraph: ScalarParagraph,
    _ protected: SpansByOffset
  ) -> Int? {
    let end = suffixStart + rule.suffix.unicodeScalars.count
    guard !rule.notBefore.contains(where: { paragraph.has($0, at: end) }),
      !rule.notAfter.contains(where: { paragraph.has($0, endingAt: suffixStart) })
    else { return nil }
    let extent = NameExtent(
      paragraph: paragraph, protectedSpans: protected, lexicon: lexicon,
      options: .init(
        maxBody: rule.bodyLength.upperBound, allowsDigitsAndBrackets: false,
        stopsAtProtectedSpans: true))
    guard var start = extent.start(beforeSuffixAt: suffixStart) else { return nil }
    while start < suffixStart, lexicon.placeBodyResidue.contains(paragraph.scalars[start]) { start += 1 }
    guard rule.bodyLength.contains(suffixStart - start) else { return nil }
    let body = Array(paragraph.scalars[start..<suffixStart])
    guard !EntityLexicon.isComposed(of: lexicon.genericPlaceBodies, body), isWholeWord(body) else {
      return nil
    }
    return start
  }

  /// A body that starts with a time word or function character, or holds a determiner or an office
  /// word, is a clause's tail before the suffix (年全市, 拟上市, 商务厅口岸), not a name: rejected, never cut.
  private func isWholeWord(_ body: [Unicode.Scalar]) -> Bool {
    guard let first = body.first, !lexicon.placeBodyBadStarts.contains(first) else { return false }
    return !lexicon.placeBodyBadWords.contains { word in
      body.count >= word.count
        && (0...(body.count - word.count)).contains { Array(body[$0..<($0 + word.count)]) == word }
    }
  }
}
