/// The context around a possible name that makes it a person's name: a title before it, a verb of
/// saying or a cue such as 一行, 团队, 等 after it, or an enclosing pattern (包括…在内, 以…为代表).
struct PersonContext {
  enum Strength: Comparable {
    case none
    /// Punctuation or a common follower (等, 对, 的): enough only with a title before the name.
    case weak
    /// A verb of saying, a title after the name (总书记) or a cue such as 一行 or 团队.
    case strong
  }

  let paragraph: ScalarParagraph
  let lexicon: EntityLexicon

  /// Whether a title or role (副主席, 全国劳模模范, 红色堡垒户) ends right before `offset`, or before the
  /// spaces there: a header line sets the name apart (自治区主席 王莉霞).
  func hasTitle(before offset: Int) -> Bool {
    var position = offset
    while position > 0, EntityScalarClass.isSpace(paragraph.scalars[position - 1]) { position -= 1 }
    return lexicon.titlesEndingAt.longestMatch(in: paragraph.scalars, endingAt: position) != nil
  }

  /// How strongly the text at `offset` (right after a possible name) says a person was named.
  func strengthAfter(_ offset: Int) -> Strength {
    let scalars = paragraph.scalars
    if offset >= scalars.count { return .weak }
    let next = scalars[offset]
    // Every cue below starts with one of `personCueAfterStartScalars`; after most possible names none
    // does, and one bit test replaces five trie lookups (docs/performance.md, "Session 10: one text type").
    if EntityScalarClass.isDigit(next) { return dateStrength(at: offset) }
    guard lexicon.personCueAfterStartScalars.contains(next) else { return plainStrength(of: next) }
    if let cue = lexicon.strongPersonCuesAfter.longestMatch(in: scalars, at: offset),
      !isCutByPlace(offset, offset + cue.length)
    {
      return .strong
    }
    if lexicon.titlesAfterName.longestMatch(in: scalars, at: offset) != nil
      || speechVerbLength(at: offset) != nil
    {
      return .strong
    }
    if lexicon.personCuesAfter.longestMatch(in: scalars, at: offset) != nil { return .weak }
    return plainStrength(of: next)
  }

  /// The strength of a scalar that starts no cue: punctuation or a Latin letter closes the name
  /// (weak), more Han text or a number runs on (none).
  private func plainStrength(of next: Unicode.Scalar) -> Strength {
    EntityScalarClass.isHan(next) || EntityScalarClass.isDigit(next) ? .none : .weak
  }

  /// Whether a place starts inside a cue and runs past it (在|内蒙古): the cue is then no word of its own.
  private func isCutByPlace(_ start: Int, _ end: Int) -> Bool {
    (start + 1..<end).contains { offset in
      lexicon.places.longestMatch(in: paragraph.scalars, at: offset).map { offset + $0.length > end }
        ?? false
    }
  }

  /// A day or month right after the name (副部长赵明远28日在北京透露) reads as a follower: weak.
  private func dateStrength(at offset: Int) -> Strength {
    var position = offset
    while position < paragraph.count, EntityScalarClass.isDigit(paragraph.scalars[position]) {
      position += 1
    }
    guard position > offset, position < paragraph.count else { return .none }
    return ["日", "月"].contains(paragraph.scalars[position]) ? .weak : .none
  }

  /// Whether a visit told before a statement starts at `offset` (…在包头市调研时表示): an opener (在,
  /// 到), at most `visitMaxGap` characters of one clause, a verb of visiting, a closer (时) and a verb
  /// of saying. Such a clause has a person for its subject, so a name needs no title before it.
  func opensVisitReport(at offset: Int) -> Bool {
    let scalars = paragraph.scalars
    guard let opener = lexicon.visitOpeners.longestMatch(in: scalars, at: offset) else { return false }
    var position = offset + opener.length
    while position < scalars.count, position - offset <= lexicon.visitMaxGap {
      let scalar = scalars[position]
      guard EntityScalarClass.isHan(scalar) || EntityScalarClass.isDigit(scalar) || scalar == "、"
      else { return false }
      if let verb = lexicon.visitVerbs.longestMatch(in: scalars, at: position),
        let closer = lexicon.visitClosers.longestMatch(in: scalars, at: position + verb.length),
        speechVerbLength(at: position + verb.length + closer.length) != nil
      {
        return true
      }
      position += 1
    }
    return false
  }

  /// Whether a name could end right before `offset`, read from the one scalar there: false only where
  /// `strengthAfter` is `.none` and no enclosure closes (`isEnclosed` is false for any start), because
  /// every cue and every enclosure's closing word starts with a scalar of the bit sets tested here.
  func mayEndName(at offset: Int) -> Bool {
    guard offset < paragraph.count else { return true }
    let next = paragraph.scalars[offset]
    return lexicon.personCueAfterStartScalars.contains(next)
      || lexicon.enclosureAfterStartScalars.contains(next) || plainStrength(of: next) != .none
      || EntityScalarClass.isDigit(next)
  }

  /// The length of a verb of saying at `offset`, with the adverbs allowed before it (这样诠释).
  func speechVerbLength(at offset: Int) -> Int? {
    var position = offset
    while let adverb = lexicon.speechAdverbs.longestMatch(in: paragraph.scalars, at: position) {
      position += adverb.length
    }
    guard let verb = lexicon.speechVerbs.longestMatch(in: paragraph.scalars, at: position) else {
      return nil
    }
    return position + verb.length - offset
  }

  /// Whether the name at `start..<end` sits inside 包括…在内 or 以…为代表.
  func isEnclosed(start: Int, end: Int) -> Bool {
    lexicon.enclosures.contains {
      paragraph.has($0.before, endingAt: start) && paragraph.has($0.after, at: end)
    }
  }
}
