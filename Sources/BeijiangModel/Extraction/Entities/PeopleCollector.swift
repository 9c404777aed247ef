/// A person while the document is read: the name, titles so far and mentions.
struct PersonRecord: Sendable {
  let name: String
  var titles: [String]
  var mentions: [TextSpan]
  /// Named in a byline or credit (记者 周蕾, 梁晓虹 摄): a reporter, not an actor of the article.
  var isReporter = false
}

/// Turns the names found by the Han and non-Han finders into people: one record per name, with every
/// mention in the document — once a name is known, its bare occurrences elsewhere are mentions too —
/// and the titles read at each mention.
struct PeopleCollector {
  let lexicon: EntityLexicon

  func people(
    in paragraphs: [ScalarParagraph], organizations: [[TextSpan]], blocked: CoveredOffsets
  ) -> [PersonRecord] {
    var names: Set<String> = []
    let hanFinder = HanNameFinder(lexicon: lexicon)
    for paragraph in paragraphs {
      for span in hanFinder.names(in: paragraph, blocked: blocked) {
        names.insert(paragraph.text(span.start, span.end))
      }
    }
    let nonHan = NonHanNameFinder(lexicon: lexicon).names(in: paragraphs, blocked: blocked)
    names.formUnion(nonHan.keys)
    let bylines = BylineFinder(lexicon: lexicon)
    // A byline may set a space inside the name (周 蕾): the person is 周蕾, written either way.
    let reporterSpellings = Dictionary(
      paragraphs.flatMap { paragraph in
        bylines.names(in: paragraph, blocked: blocked).map { span in
          let surface = paragraph.text(span.start, span.end)
          return (surface, String(surface.unicodeScalars.filter { !EntityScalarClass.isSpace($0) }))
        }
      }, uniquingKeysWith: { first, _ in first })
    let reporters = Set(reporterSpellings.values)
    names.formUnion(reporters)
    let mentions = allMentions(
      of: names, spelledOut: reporterSpellings.filter { $0.key != $0.value }, in: paragraphs,
      blocked: blocked)
    var people = records(from: mentions, in: paragraphs, organizations: organizations)
    for index in people.indices where reporters.contains(people[index].name) {
      people[index].isReporter = true
      people[index].titles = []
    }
    return people
  }

  /// Every occurrence of a known name, longest name first at each offset.
  private func allMentions(
    of names: Set<String>, spelledOut: [String: String], in paragraphs: [ScalarParagraph],
    blocked: CoveredOffsets
  ) -> [(name: String, span: TextSpan)] {
    var trie = WordTrie<String>()
    for name in names { trie.insert(name, value: name) }
    for (surface, name) in spelledOut { trie.insert(surface, value: name) }
    var found: [(name: String, span: TextSpan)] = []
    for paragraph in paragraphs {
      var offset = 0
      while offset < paragraph.count {
        guard let hit = trie.longestMatch(in: paragraph.scalars, at: offset) else {
          offset += 1
          continue
        }
        let span = TextSpan(paragraph: paragraph.index, start: offset, end: offset + hit.length)
        if !blocked.overlaps(span) { found.append((hit.value, span)) }
        offset += hit.length
      }
    }
    return found
  }

  private func records(
    from mentions: [(name: String, span: TextSpan)], in paragraphs: [ScalarParagraph],
    organizations: [[TextSpan]]
  ) -> [PersonRecord] {
    var found = FirstMentionOrder<PersonRecord>()
    for (name, span) in mentions {
      let paragraph = paragraphs[span.paragraph]
      let titles = PersonTitles(
        paragraph: paragraph, organizations: organizations[span.paragraph], lexicon: lexicon
      ).titles(of: span)
      let index = found.index(of: name) { PersonRecord(name: name, titles: [], mentions: []) }
      found.entities[index].mentions.append(span)
      for title in titles where !found.entities[index].titles.contains(title) {
        found.entities[index].titles.append(title)
      }
    }
    return found.entities
  }
}
