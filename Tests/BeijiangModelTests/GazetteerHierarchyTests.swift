import Testing

@testable import BeijiangModel

/// The gazetteer's audit (issue 14): every league, city, banner and county of Inner Mongolia with its
/// league, every province-level region of China within the country, and a hierarchy that resolves.
@Suite struct GazetteerHierarchyTests {
  let places = LexiconFiles.Gazetteer.bundled.places

  /// The county-level divisions of each league or city (103 in all), as the administrative division
  /// lists them; development zones (包头稀土高新区) are listed too but are no such division.
  @Test func everyBannerAndCountyOfInnerMongoliaWithinItsLeague() {
    let expected: [String: Int] = [
      "呼和浩特市": 9, "包头市": 9, "乌海市": 3, "赤峰市": 12, "通辽市": 8, "鄂尔多斯市": 9, "呼伦贝尔市": 14,
      "巴彦淖尔市": 7, "乌兰察布市": 11, "兴安盟": 6, "锡林郭勒盟": 12, "阿拉善盟": 3,
    ]
    let leagues = places.filter { $0.kind == .leagueCity && $0.within == "内蒙古自治区" }.map(\.name)
    #expect(Set(leagues) == Set(expected.keys))
    var counts: [String: Int] = [:]
    for place in places where place.kind == .bannerCounty && !place.name.hasSuffix("开发区") {
      if let league = place.within, expected[league] != nil { counts[league, default: 0] += 1 }
    }
    #expect(counts == expected)
    #expect(counts.values.reduce(0, +) == 103)
  }

  @Test func everyWithinNamesAListedPlace() {
    let names = Set(places.map(\.name))
    for place in places {
      if let within = place.within { #expect(names.contains(within), "\(place.name) within \(within)") }
    }
  }

  /// 34 province-level regions, each within 中国; every city of a province within it.
  @Test func provincesLieWithinTheCountry() {
    let provinces = places.filter { $0.kind == .region && $0.within == "中国" }
    #expect(provinces.count == 34)
    #expect(provinces.contains { $0.name == "内蒙古自治区" })
  }

  /// Inner Mongolia's border ports lie within a banner or a county-level city.
  @Test func portsLieWithinTheirBanner() {
    let banners = Dictionary(
      places.filter { $0.kind == .bannerCounty }.map { ($0.name, $0.within) },
      uniquingKeysWith: { first, _ in first })
    for port in places where port.kind == .port && port.within != "蒙古国" {
      #expect(port.within.map { banners[$0] != nil } == true, "\(port.name)")
    }
  }

  @Test func noNameOrShortFormIsListedTwice() {
    var seen: Set<String> = []
    for place in places {
      for name in [place.name] + (place.aliases ?? []) {
        #expect(seen.insert(name).inserted, "\(name)")
      }
    }
  }
}
