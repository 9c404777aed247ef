/// Groups the matches of the finders into public entities, each kind in order of first mention.
enum EntityAssembly {
  static func organizations(
    _ matches: [OrganizationMatch], names: OrganizationNames, _ texts: [ScalarParagraph]
  ) -> [Organization] {
    let canonical = names.canonicalNames(for: matches)
    var order: [String] = []
    var byName: [String: Organization] = [:]
    for match in matches.sorted(by: { $0.span < $1.span }) {
      let name = canonical[match.surface] ?? match.surface
      if byName[name] == nil {
        order.append(name)
        byName[name] = Organization(id: "org:\(name)", canonical: name, aliases: [], mentions: [])
      }
      if match.surface != name, byName[name]?.aliases.contains(match.surface) == false {
        byName[name]?.aliases.append(match.surface)
      }
      byName[name]?.mentions.append(mention(match.span, texts))
    }
    return order.compactMap { byName[$0] }
  }

  static func places(_ matches: [PlaceMatch], _ texts: [ScalarParagraph]) -> [Place] {
    var order: [String] = []
    var byName: [String: Place] = [:]
    for match in matches.sorted(by: { $0.span < $1.span }) {
      if byName[match.name] == nil {
        order.append(match.name)
        byName[match.name] = Place(
          id: "place:\(match.name)", name: match.name, kind: match.kind, within: match.within,
          inGazetteer: match.inGazetteer, mentions: [])
      }
      byName[match.name]?.mentions.append(mention(match.span, texts))
    }
    return order.compactMap { byName[$0] }
  }

  static func initiatives(_ matches: [InitiativeMatch], _ texts: [ScalarParagraph]) -> [Initiative] {
    var order: [String] = []
    var byName: [String: Initiative] = [:]
    for match in matches.sorted(by: { $0.span < $1.span }) {
      if byName[match.name] == nil {
        order.append(match.name)
        byName[match.name] = Initiative(id: "initiative:\(match.name)", name: match.name, mentions: [])
      }
      byName[match.name]?.mentions.append(mention(match.span, texts))
    }
    return order.compactMap { byName[$0] }
  }

  private static func mention(_ span: TextSpan, _ texts: [ScalarParagraph]) -> EntityMention {
    texts[span.paragraph].mention(span.start, span.end)
  }
}
