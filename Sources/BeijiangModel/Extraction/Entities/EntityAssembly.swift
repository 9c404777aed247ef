/// Groups the matches of the finders into public entities, each kind in order of first mention.
enum EntityAssembly {
  static func organizations(
    _ matches: [OrganizationMatch], names: OrganizationNames, _ texts: [ScalarParagraph]
  ) -> [Organization] {
    let canonical = names.canonicalNames(for: matches)
    var found = FirstMentionOrder<Organization>()
    for match in matches.sorted(by: { $0.span < $1.span }) {
      let name = canonical[match.surface] ?? match.surface
      let index = found.index(of: name) {
        Organization(id: "org:\(name)", canonical: name, aliases: [], mentions: [])
      }
      if match.surface != name, !found.entities[index].aliases.contains(match.surface) {
        found.entities[index].aliases.append(match.surface)
      }
      found.entities[index].mentions.append(mention(match.span, texts))
    }
    return found.entities
  }

  static func places(_ matches: [PlaceMatch], _ texts: [ScalarParagraph]) -> [Place] {
    var found = FirstMentionOrder<Place>()
    for match in matches.sorted(by: { $0.span < $1.span }) {
      let index = found.index(of: match.name) {
        Place(
          id: "place:\(match.name)", name: match.name, kind: match.kind, within: match.within,
          inGazetteer: match.inGazetteer, mentions: [])
      }
      found.entities[index].mentions.append(mention(match.span, texts))
    }
    return found.entities
  }

  static func initiatives(_ matches: [InitiativeMatch], _ texts: [ScalarParagraph]) -> [Initiative] {
    var found = FirstMentionOrder<Initiative>()
    for match in matches.sorted(by: { $0.span < $1.span }) {
      let index = found.index(of: match.name) {
        Initiative(id: "initiative:\(match.name)", name: match.name, mentions: [])
      }
      found.entities[index].mentions.append(mention(match.span, texts))
    }
    return found.entities
  }

  private static func mention(_ span: TextSpan, _ texts: [ScalarParagraph]) -> EntityMention {
    texts[span.paragraph].mention(span.start, span.end)
  }
}
