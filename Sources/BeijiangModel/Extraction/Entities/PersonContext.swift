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
    return lexicon.titlesEndingAt.longestMatch(in: paragraph.scalars, at: position) != nil
  }

  /// How strongly the text at `offset` (right after a possible name) says a person was named.
  func strengthAfter(_ offset: Int) -> Strength {
    let scalars = paragraph.scalars
    if offset >= scalars.count { return .weak }
    let next = scalars[offset]
    // Every cue below starts with one of `personCueAfterStartScalars`; after most possible names none
    // does, and one bit test replaces five trie lookups: this function fell from 0.35 % to 0.15 % of
    // `beijiang extract` on distinct20mb.txt (perf), before `mayEndName` spared most calls.
    guard lexicon.personCueAfterStartScalars.contains(next) else { return plainStrength(of: next) }
    if lexicon.strongPersonCuesAfter.longestMatch(in: scalars, at: offset) != nil
      || lexicon.titlesAfterName.longestMatch(in: scalars, at: offset) != nil
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

  /// Whether a name could end right before `offset`, read from the one scalar there: false only where
  /// `strengthAfter` is `.none` and no enclosure closes (`isEnclosed` is false for any start), because
  /// every cue and every enclosure's closing word starts with a scalar of the bit sets tested here.
  func mayEndName(at offset: Int) -> Bool {
    guard offset < paragraph.count else { return true }
    let next = paragraph.scalars[offset]
    return lexicon.personCueAfterStartScalars.contains(next)
      || lexicon.enclosureAfterStartScalars.contains(next) || plainStrength(of: next) != .none
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
