import BeijiangModel
import Testing

struct PlaceCase: CustomTestStringConvertible, Sendable {
  let rule: String
  let text: String
  let places: [String: PlaceKind]
  var testDescription: String { rule }
}

@Suite struct EntitiesPlaceTests {
  static let cases: [PlaceCase] = [
    PlaceCase(
      rule: "gazetteer city and banner", text: "在鄂尔多斯市杭锦旗,治沙队伍正在作业。",
      places: ["鄂尔多斯市": .leagueCity, "杭锦旗": .bannerCounty]),
    PlaceCase(
      rule: "short form maps to the full name", text: "包头是稀土之都,通辽也在发力。",
      places: ["包头市": .leagueCity, "通辽市": .leagueCity]),
    PlaceCase(
      rule: "abbreviated banner", text: "科左后旗总工会深入基层。", places: ["科尔沁左翼后旗": .bannerCounty]),
    PlaceCase(
      rule: "deserts, sandy lands, ports and countries",
      text: "从毛乌素沙地到巴丹吉林沙漠,从策克口岸到俄罗斯和蒙古国。",
      places: [
        "毛乌素沙地": .desert, "巴丹吉林沙漠": .desert, "策克口岸": .port, "俄罗斯": .country,
        "蒙古国": .country,
      ]),
    PlaceCase(
      rule: "suffix rule: sumu after a banner", text: "深入四子王旗江岸苏木走访牧户。",
      places: ["四子王旗": .bannerCounty, "江岸苏木": .township]),
    PlaceCase(
      rule: "suffix rule: town then gacha", text: "来到乌审旗,深入嘎鲁图镇萨如拉嘎查。",
      places: ["乌审旗": .bannerCounty, "嘎鲁图镇": .township, "萨如拉嘎查": .village]),
    PlaceCase(
      rule: "suffix rule: a town whose name starts with a function character",
      text: "克什克腾旗经棚镇的环卫工人", places: ["克什克腾旗": .bannerCounty, "经棚镇": .township]),
    PlaceCase(
      rule: "suffix rule: a function word between places", text: "四子王旗的乌兰花镇和正蓝旗上都镇",
      places: [
        "四子王旗": .bannerCounty, "乌兰花镇": .township, "正蓝旗": .bannerCounty, "上都镇": .township,
      ]),
    PlaceCase(
      rule: "suffix rule: port the gazetteer lacks", text: "走访了巴彦德勒口岸。",
      places: ["巴彦德勒口岸": .port]),
    PlaceCase(
      rule: "trap: no fragment out of 四子王旗", text: "四子王旗的牧民", places: ["四子王旗": .bannerCounty]),
    PlaceCase(
      rule: "trap: no fragment out of 吐列毛杜镇", text: "深入帮扶点吐列毛杜镇。", places: ["吐列毛杜镇": .township]),
    PlaceCase(
      rule: "trap: 江岸苏木 is not 江岸区", text: "看望慰问江岸苏木的牧民。", places: ["江岸苏木": .township]),
    PlaceCase(
      rule: "trap: common words with place suffixes", text: "劳动竞赛的旗帜高高飘扬,城市燃气和全旗职工、12个口岸都在行动,对外开放口岸达20个。",
      places: [:]),
    PlaceCase(
      rule: "trap: a kind of port is no port's name", text: "满洲里是我国最大的陆路口岸。",
      places: ["满洲里市": .bannerCounty]),
    PlaceCase(rule: "trap: 中国 as an adjective", text: "中国式现代化", places: [:]),
  ]

  @Test(arguments: cases)
  func findsPlaces(_ row: PlaceCase) {
    let places = EntityExtractor().extract(paragraphs: [row.text]).places
    #expect(Dictionary(uniqueKeysWithValues: places.map { ($0.name, $0.kind) }) == row.places)
  }

  @Test func gazetteerKnowsWhereABannerIs() {
    let place = EntityExtractor().extract(paragraphs: ["巴林右旗"]).places.first
    #expect(place?.within == "赤峰市")
    #expect(place?.inGazetteer == true)
  }
}
