/// Finds names without a Han surname, such as Mongolian names (钢宝力达), which no lexicon can list.
/// Three patterns suggest one: a title right before a short run that ends at punctuation
/// (红色堡垒户钢宝力达。), an enclosure (以钢宝力达为代表, 包括…在内), and a companion after a run that
/// starts a clause (钢宝力达和他的孩子). A run is taken as a name only when at least two different
/// patterns give it in the document, which keeps ordinary words out. A title before and a verb of
/// saying after (牧民乌云其其格说) count as two patterns at once.
struct NonHanNameFinder {
  private enum Cue: Hashable {
    case title, enclosure, companion, speech
  }

  private static let lengths = 2...5
  /// How far a run is walked: one scalar past the longest name, enough to tell a run too long.
  private static let reach = lengths.upperBound + 1

  let lexicon: EntityLexicon

  /// The names found, each with every span a pattern gave it.
  func names(in paragraphs: [ScalarParagraph], blocked: CoveredOffsets) -> [String: [TextSpan]] {
    var cues: [String: Set<Cue>] = [:]
    var spans: [String: [TextSpan]] = [:]
    for paragraph in paragraphs {
      for (span, cue) in candidates(in: paragraph)
      where !blocked.overlaps(span) {
        // The run as its own array: the stopwords and titles must lie inside it.
        let run = Array(paragraph.scalars[span.start..<span.end])
        guard isPlausible(run) else { continue }
        let name = paragraph.text(span.start, span.end)
        cues[name, default: []].insert(cue)
        spans[name, default: []].append(span)
      }
    }
    return spans.filter { cues[$0.key, default: []].count >= 2 }
  }

  private func candidates(in paragraph: ScalarParagraph) -> [(TextSpan, Cue)] {
    let runs = HanRuns(paragraph.scalars)
    var found: [(TextSpan, Cue)] = []
    for offset in 0..<paragraph.count {
      // The title and enclosure cues need a title or an enclosure's first word to end right before
      // `offset`, the companion cue a companion to start at it: a bit test on the scalar before and
      // on the scalar at `offset` rules out most offsets before any trie lookup or word comparison
      // (docs/performance.md, "Session 10: one text type").
      let mayFollowCue =
        offset > 0 && lexicon.titleAndEnclosureEndScalars.contains(paragraph.scalars[offset - 1])
      if mayFollowCue, hasWholeTitle(endingAt: offset, in: paragraph) {
        if let end = runAfterTitle(endingAt: offset, in: paragraph, runs) {
          found.append((TextSpan(paragraph: paragraph.index, start: offset, end: end), .title))
        }
        if let end = runBeforeSpeech(startingAt: offset, in: paragraph, runs) {
          let span = TextSpan(paragraph: paragraph.index, start: offset, end: end)
          found += [(span, .title), (span, .speech)]
        }
      }
      if lexicon.companionStartScalars.contains(paragraph.scalars[offset]),
        let start = runBeforeCompanion(at: offset, in: paragraph, runs)
      {
        found.append((TextSpan(paragraph: paragraph.index, start: start, end: offset), .companion))
      }
      guard mayFollowCue else { continue }
      for end in enclosedRunEnds(startingAt: offset, in: paragraph, runs) {
        found.append((TextSpan(paragraph: paragraph.index, start: offset, end: end), .enclosure))
      }
    }
    return found
  }

  /// The end of a Han run that follows a title ending at `offset` and stops at punctuation.
  private func runAfterTitle(endingAt offset: Int, in paragraph: ScalarParagraph, _ runs: HanRuns)
    -> Int?
  {
    let end = runs.end(from: offset, reach: Self.reach)
    guard Self.lengths.contains(end - offset), end < paragraph.count else { return nil }
    return end
  }

  /// The end of a run between a title ending at `offset` and a verb of saying (牧民乌云其其格说).
  private func runBeforeSpeech(startingAt offset: Int, in paragraph: ScalarParagraph, _ runs: HanRuns)
    -> Int?
  {
    let context = PersonContext(paragraph: paragraph, lexicon: lexicon)
    // The run itself holds no verb of saying (总经理介绍说 names nobody), so the first verb ends it;
    // a verb past the longest name leaves no name, so the search stops there.
    let searchEnd = runs.end(from: offset, reach: Self.reach)
    let firstVerb = (offset..<searchEnd).first {
      lexicon.speechVerbs.longestMatch(in: paragraph.scalars, at: $0) != nil
    }
    guard var end = firstVerb else { return nil }
    // Adverbs before the verb (这样, 怎么) are not part of the name: 教授刘海滨怎么说 names 刘海滨.
    while let adverb = lexicon.speechAdverbsEndingAt.longestMatch(in: paragraph.scalars, endingAt: end),
      end - adverb.length > offset
    {
      end -= adverb.length
    }
    guard Self.lengths.contains(end - offset), context.speechVerbLength(at: end) != nil else {
      return nil
    }
    return end
  }

  /// Whether a title ends at `offset` and is not the start of a longer title (全国劳模 of 全国劳模模范).
  private func hasWholeTitle(endingAt offset: Int, in paragraph: ScalarParagraph) -> Bool {
    guard let title = lexicon.titlesEndingAt.longestMatch(in: paragraph.scalars, endingAt: offset) else {
      return false
    }
    let start = offset - title.length
    return lexicon.titles.longestMatch(in: paragraph.scalars, at: start)?.length == title.length
  }

  /// The start of a Han run that begins a clause and ends where a companion cue starts.
  private func runBeforeCompanion(at offset: Int, in paragraph: ScalarParagraph, _ runs: HanRuns)
    -> Int?
  {
    guard lexicon.companions.longestMatch(in: paragraph.scalars, at: offset) != nil else {
      return nil
    }
    let start = runs.start(endingAt: offset, reach: Self.reach)
    return Self.lengths.contains(offset - start) ? start : nil
  }

  private func enclosedRunEnds(
    startingAt offset: Int, in paragraph: ScalarParagraph, _ runs: HanRuns
  ) -> [Int] {
    var ends: [Int] = []
    for enclosure in lexicon.enclosures where paragraph.has(enclosure.before, endingAt: offset) {
      for length in Self.lengths {
        let end = offset + length
        if end <= paragraph.count && paragraph.has(enclosure.after, at: end)
          && runs.end(from: offset, reach: length) == end
        {
          ends.append(end)
        }
      }
    }
    return ends
  }

  private func isPlausible(_ name: [Unicode.Scalar]) -> Bool {
    !name.contains(where: lexicon.nonNameScalars.contains)
      && name.indices.allSatisfy { lexicon.nameStopwords.matches(in: name, at: $0).isEmpty }
      && lexicon.titles.matches(in: name, at: 0).isEmpty
  }
}
