/// An initiative's name and one place it is named.
struct InitiativeMatch: Sendable {
  let name: String
  let span: TextSpan
}

/// Finds initiatives among quoted phrases that are not speech. The rule, in order:
/// 1. a phrase ending in a programme head (…工程, …行动, …年, …行, …之家, …之都, …基地, …任务) is an
///    initiative named by the phrase (“诚信建设提升年”, “暖边北疆行”);
/// 2. otherwise a phrase followed by a programme noun (工程, 行动, 活动, 工作 …) is one, named with its
///    quotation marks and that noun (“五个一”工程, “求学圆梦”活动);
/// 3. otherwise a phrase right after a launch verb (开展, 实施, 打造 …) is one (开展“劳模工匠进校园”).
/// 4. otherwise a phrase (not a slogan) whose clause goes on, without another quotation, to a campaign noun within a
///    few characters (“五小”等群众性技术创新活动, “六比”为主要内容的劳动竞赛) is one, named by the phrase.
/// Anything else in quotation marks (“娘家人”, “卡脖子”, “一等”) is a scare quote. A phrase listing
/// parts with 、 or spaces is a slogan and only rule 2 can make it an initiative. Once a name without
/// quotation marks is known (温暖工程), its unquoted occurrences elsewhere are mentions too. Names
/// without quotation marks come from `CueHeadedInitiativeFinder` (实施科技兴蒙行动).
struct InitiativeFinder {
  let lexicon: EntityLexicon

  func initiatives(
    in paragraphs: [ScalarParagraph], segments: [[QuotedSegment]], speech: [[TextSpan]]
  ) -> [InitiativeMatch] {
    var found: [InitiativeMatch] = []
    for paragraph in paragraphs {
      let speechSpans = Set(speech[paragraph.index])
      for segment in segments[paragraph.index] where !speechSpans.contains(segment.span) {
        if let match = initiative(at: segment, in: paragraph) { found.append(match) }
      }
    }
    found += cueHeaded(in: paragraphs, outside: found)
    return found + unquotedMentions(of: found, in: paragraphs)
  }

  /// The initiatives named without quotation marks (实施科技兴蒙行动) that overlap no quoted one.
  private func cueHeaded(in paragraphs: [ScalarParagraph], outside quoted: [InitiativeMatch])
    -> [InitiativeMatch]
  {
    let covered = CoveredOffsets(quoted.map(\.span))
    let finder = CueHeadedInitiativeFinder(lexicon: lexicon)
    return paragraphs.flatMap { paragraph in
      finder.initiatives(in: paragraph).filter { !covered.overlaps($0) }.map {
        match(paragraph, $0.start, $0.end)
      }
    }
  }

  private func initiative(at segment: QuotedSegment, in paragraph: ScalarParagraph)
    -> InitiativeMatch?
  {
    let content = Array(paragraph.scalars[segment.contentStart..<segment.contentEnd])
    guard lexicon.initiativeLength.contains(content.count),
      !content.contains(where: EntityScalarClass.isClausePunctuation),
      // “五一” and “两节” are holidays: the dates finder reads them.
      !lexicon.festivalWords.contains(String(String.UnicodeScalarView(content)))
    else { return nil }
    let isSlogan = content.contains { "、 　“”‘’".unicodeScalars.contains($0) }
    let endsInHead =
      lexicon.initiativeHeadsEndingAt.longestMatch(in: paragraph.scalars, endingAt: segment.contentEnd)
      != nil
    if !isSlogan && endsInHead {
      return match(paragraph, segment.contentStart, segment.contentEnd)
    }
    if let noun = lexicon.programmeNouns.longestMatch(in: paragraph.scalars, at: segment.close + 1) {
      return match(paragraph, segment.open, segment.close + 1 + noun.length)
    }
    let launched =
      lexicon.launchVerbsEndingAt.longestMatch(in: paragraph.scalars, endingAt: segment.open) != nil
    if !isSlogan && launched { return match(paragraph, segment.contentStart, segment.contentEnd) }
    let nearby = !isSlogan && namesNearbyCampaign(segment, in: paragraph)
    return nearby ? match(paragraph, segment.contentStart, segment.contentEnd) : nil
  }

  /// Whether a campaign noun follows the phrase in its clause, with only Han text between.
  private func namesNearbyCampaign(_ segment: QuotedSegment, in paragraph: ScalarParagraph) -> Bool {
    let start = segment.close + 1
    let end = min(paragraph.count, start + lexicon.nearbyProgrammeDistance)
    for offset in start..<max(start, end) {
      guard EntityScalarClass.isHan(paragraph.scalars[offset]) else { return false }
      if lexicon.nearbyProgrammeNouns.longestMatch(in: paragraph.scalars, at: offset) != nil { return true }
    }
    return false
  }

  private func match(_ paragraph: ScalarParagraph, _ start: Int, _ end: Int) -> InitiativeMatch {
    InitiativeMatch(
      name: paragraph.text(start, end),
      span: TextSpan(paragraph: paragraph.index, start: start, end: end))
  }

  /// Unquoted occurrences of names of four or more characters that hold no quotation marks.
  private func unquotedMentions(of found: [InitiativeMatch], in paragraphs: [ScalarParagraph])
    -> [InitiativeMatch]
  {
    var names = WordTrie<String>()
    for match in found
    where match.name.unicodeScalars.count >= 4 && !match.name.contains(where: { "“”".contains($0) }) {
      names.insert(match.name, value: match.name)
    }
    guard !names.isEmpty else { return [] }
    // One lookup per hit, where searching the quoted matches grew with their number times the hits.
    let quoted = CoveredOffsets(found.map(\.span))
    var extra: [InitiativeMatch] = []
    for paragraph in paragraphs {
      var offset = 0
      while offset < paragraph.count {
        guard let hit = names.longestMatch(in: paragraph.scalars, at: offset) else {
          offset += 1
          continue
        }
        let span = TextSpan(paragraph: paragraph.index, start: offset, end: offset + hit.length)
        if !quoted.overlaps(span) {
          extra.append(InitiativeMatch(name: hit.value, span: span))
        }
        offset += hit.length
      }
    }
    return extra
  }
}
