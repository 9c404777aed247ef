/// Attributes a quote to its speaker. Before the quote: a person, optional adverbs and a verb of saying,
/// then a colon or comma (张慧宇强调：“…”). After it: the first person or group named in the rest of the
/// sentence, either right after the quote (“…。”慰问组一行…) or followed by a verb of saying
/// (“…。”…全国劳模模范齐轩这样诠释诚信).
struct QuoteAttributor {
  let lexicon: EntityLexicon

  func speaker(
    of group: [QuotedSegment], in paragraph: ScalarParagraph, people: NamedPeople
  ) -> QuoteSpeaker? {
    guard let first = group.first, let last = group.last else { return nil }
    return speakerBefore(first.open, in: paragraph, people: people)
      ?? speakerAfter(last.close + 1, in: paragraph, people: people)
  }

  private func speakerBefore(_ open: Int, in paragraph: ScalarParagraph, people: NamedPeople)
    -> QuoteSpeaker?
  {
    var position = open
    guard position > 0, "：:，,".unicodeScalars.contains(paragraph.scalars[position - 1]) else {
      return nil
    }
    position -= 1
    guard let verb = lexicon.speechVerbsEndingAt.longestMatch(in: paragraph.scalars, endingAt: position)
    else { return nil }
    position -= verb.length
    while let adverb = lexicon.speechAdverbsEndingAt.longestMatch(
      in: paragraph.scalars, endingAt: position)
    {
      position -= adverb.length
    }
    return speaker(endingAt: position, in: paragraph, people: people)
  }

  private func speaker(endingAt end: Int, in paragraph: ScalarParagraph, people: NamedPeople)
    -> QuoteSpeaker?
  {
    if let person = people.ending(at: end, paragraph: paragraph.index) {
      return personSpeaker(person, in: paragraph)
    }
    for start in stride(from: end - 1, through: max(0, end - 8), by: -1)
    where lexicon.groups.longestMatch(in: paragraph.scalars, at: start)?.length == end - start {
      return groupSpeaker(start, end, in: paragraph)
    }
    return nil
  }

  private func speakerAfter(_ offset: Int, in paragraph: ScalarParagraph, people: NamedPeople)
    -> QuoteSpeaker?
  {
    var start = offset
    while start < paragraph.count, "，,".unicodeScalars.contains(paragraph.scalars[start]) {
      start += 1
    }
    var position = start
    while position < paragraph.count, !EntityScalarClass.isSentenceEnd(paragraph.scalars[position]),
      paragraph.scalars[position] != "“"
    {
      if let person = people.starting(at: position, paragraph: paragraph.index) {
        let context = PersonContext(paragraph: paragraph, lexicon: lexicon)
        let speaks = position == start || context.speechVerbLength(at: person.span.end) != nil
        return speaks ? personSpeaker(person, in: paragraph) : nil
      }
      if let group = lexicon.groups.longestMatch(in: paragraph.scalars, at: position) {
        let end = position + group.length
        let context = PersonContext(paragraph: paragraph, lexicon: lexicon)
        let speaks = position == start || context.speechVerbLength(at: end) != nil
        return speaks ? groupSpeaker(position, end, in: paragraph) : nil
      }
      position += 1
    }
    return nil
  }

  private func personSpeaker(_ person: NamedPeople.Mention, in paragraph: ScalarParagraph) -> QuoteSpeaker {
    QuoteSpeaker(
      name: person.name, kind: .person, personID: person.id,
      mention: paragraph.mention(person.span.start, person.span.end))
  }

  private func groupSpeaker(_ start: Int, _ end: Int, in paragraph: ScalarParagraph) -> QuoteSpeaker {
    QuoteSpeaker(
      name: paragraph.text(start, end), kind: .group, personID: nil,
      mention: paragraph.mention(start, end))
  }
}
