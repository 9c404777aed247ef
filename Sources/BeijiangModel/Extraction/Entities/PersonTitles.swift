/// Reads the titles the text gives a person at one mention: a 、-separated chain of titles before the
/// name (自治区党委副书记、自治区主席王莉霞), a title after it (习近平总书记), and the title of the group
/// an enclosure places them in (包括郭晋龙在内的4名大国工匠).
struct PersonTitles {
  let paragraph: ScalarParagraph
  /// Organisations in this paragraph: a title's body is often one (自治区总工会党组书记).
  let organizations: [TextSpan]
  let lexicon: EntityLexicon

  func titles(of span: TextSpan) -> [String] {
    chainBefore(span.start) + titleAfter(span.end) + enclosureTitle(after: span.end)
  }

  /// Titles before the name, in text order. A role without a body of its own shares the body of the
  /// title before it (党组书记、副主席 of the same 自治区总工会).
  private func chainBefore(_ nameStart: Int) -> [String] {
    var chain: [(body: String, role: String)] = []
    var position = nameStart
    // A header sets the name apart from its title by spaces (自治区主席 王莉霞).
    while position > 0, EntityScalarClass.isSpace(paragraph.scalars[position - 1]) { position -= 1 }
    while let role = lexicon.titlesEndingAt.longestMatch(in: paragraph.scalars, endingAt: position) {
      let roleStart = position - role.length
      let bodyStart = self.bodyStart(endingAt: roleStart)
      chain.insert(
        (paragraph.text(bodyStart, roleStart), paragraph.text(roleStart, position)), at: 0)
      guard bodyStart > 0, paragraph.scalars[bodyStart - 1] == "、" else { break }
      position = bodyStart - 1
    }
    var titles: [String] = []
    var body = ""
    for link in chain {
      if !link.body.isEmpty { body = link.body }
      titles.append(body + link.role)
    }
    return titles
  }

  /// Where the body of a role ending at `roleStart` starts: an organisation or a prefix such as 自治区.
  private func bodyStart(endingAt roleStart: Int) -> Int {
    if let organization = organizations.first(where: { $0.end == roleStart }) {
      return organization.start
    }
    let prefix = lexicon.titleBodyPrefixesEndingAt.longestMatch(in: paragraph.scalars, endingAt: roleStart)
    return roleStart - (prefix?.length ?? 0)
  }

  private func titleAfter(_ nameEnd: Int) -> [String] {
    guard let title = lexicon.titlesAfterName.longestMatch(in: paragraph.scalars, at: nameEnd) else {
      return []
    }
    return [paragraph.text(nameEnd, nameEnd + title.length)]
  }

  /// 包括X在内的4名大国工匠: X is one of the 大国工匠.
  private func enclosureTitle(after nameEnd: Int) -> [String] {
    guard let enclosure = lexicon.enclosures.first(where: { paragraph.has($0.after, at: nameEnd) })
    else { return [] }
    var position = nameEnd + enclosure.after.count
    if paragraph.has("的", at: position) { position += 1 }
    while position < paragraph.count, EntityScalarClass.isDigit(paragraph.scalars[position]) {
      position += 1
    }
    guard position < paragraph.count,
      lexicon.counters.contains(String(paragraph.scalars[position])),
      let title = lexicon.titles.longestMatch(in: paragraph.scalars, at: position + 1)
    else { return [] }
    return [paragraph.text(position + 1, position + 1 + title.length)]
  }
}
