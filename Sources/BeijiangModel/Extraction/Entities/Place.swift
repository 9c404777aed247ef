/// What kind of place a name denotes.
public enum PlaceKind: String, Codable, Sendable, Equatable, CaseIterable {
  /// A league (盟) or prefecture-level city (市).
  case leagueCity = "league-city"
  /// A banner (旗), county (县), district (区) or county-level city.
  case bannerCounty = "banner-county"
  /// A sumu (苏木), town (镇) or township.
  case township
  /// A gacha (嘎查), the village-level unit below a sumu.
  case village
  case desert
  /// A border port (口岸).
  case port
  case country
  /// A province-level region or a wider area (内蒙古, 北疆, 亚洲).
  case region
}

/// A named place, found in the gazetteer or by a suffix rule.
public struct Place: Codable, Sendable, Equatable {
  /// `place:` followed by the name.
  public var id: String
  /// The gazetteer's full name (包头市 for a mention of 包头), or the text's name for a suffix-rule place.
  public var name: String
  public var kind: PlaceKind
  /// The league or city a banner or county belongs to, when the gazetteer knows it.
  public var within: String?
  /// Whether the gazetteer lists the place (false: found by a suffix rule such as …苏木 or …嘎查).
  public var inGazetteer: Bool
  public var mentions: [EntityMention]

  public init(
    id: String, name: String, kind: PlaceKind, within: String?, inGazetteer: Bool,
    mentions: [EntityMention]
  ) {
    self.id = id
    self.name = name
    self.kind = kind
    self.within = within
    self.inGazetteer = inGazetteer
    self.mentions = mentions
  }
}
