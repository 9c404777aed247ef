import BeijiangModel
import Foundation
import Testing

/// Random text built from the article's vocabulary and the known traps: whatever the mix, the extractor
/// never takes a trap word for an entity and every mention slices back to its surface.
@Suite struct EntitiesPropertyTests {
  static let pieces = [
    "弘扬", "荣获", "广泛开展", "温暖", "四子王旗", "吐列毛杜镇", "江岸苏木", "王旗", "杜镇", "各级工会", "企业工会",
    "，", "。", "、", "“", "”", "说", "表示", "一行", "和", "的", "在", "深入", "总工会", "有限公司", "苏木", "旗",
    "镇", "市", "口岸", "工程", "行动", "张", "王", "慧", "宇", "职工", "自治区", "包头", "团队", "：", "1", "(", ")",
    "高度关注", "常态化", "关心", "项目", "成果", "方面", "全区", "\u{1F600}", "a", " ",
  ]
  static let personTraps: Set<String> = ["弘扬", "荣获", "广泛开展", "温暖", "高度关注", "常态化", "关心"]
  static let placeTraps: Set<String> = ["王旗", "子王旗", "杜镇", "毛杜镇", "江岸区", "江岸"]
  static let organizationTraps: Set<String> = ["各级工会", "企业工会", "总工会", "有限公司"]

  /// A small deterministic generator so failures reproduce.
  struct Generator {
    var state: UInt64
    mutating func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
  }

  @Test(arguments: 0..<40)
  func randomTextNeverTrapsAndMentionsSliceBack(_ seed: Int) {
    var generator = Generator(state: UInt64(seed) &+ 99)
    let paragraphs = (0..<3).map { _ in
      (0..<(20 + generator.next(40))).map { _ in Self.pieces[generator.next(Self.pieces.count)] }
        .joined()
    }
    let entities = EntityExtractor().extract(paragraphs: paragraphs)
    #expect(entities.people.map(\.name).filter(Self.personTraps.contains) == [], "\(paragraphs)")
    #expect(entities.places.map(\.name).filter(Self.placeTraps.contains) == [], "\(paragraphs)")
    #expect(
      entities.organizations.map(\.canonical).filter(Self.organizationTraps.contains) == [],
      "\(paragraphs)")
    let mentions =
      entities.people.flatMap(\.mentions) + entities.organizations.flatMap(\.mentions)
      + entities.places.flatMap(\.mentions) + entities.quotes.flatMap(\.mentions)
      + entities.initiatives.flatMap(\.mentions)
    for mention in mentions {
      let scalars = Array(paragraphs[mention.paragraph].unicodeScalars)
      #expect(mention.start >= 0 && mention.start < mention.end && mention.end <= scalars.count)
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[mention.start..<mention.end])
      #expect(String(slice) == mention.surface)
    }
  }

  @Test func entitiesRoundTripThroughJSON() throws {
    let entities = EntitiesSeed.entities
    let data = try JSONEncoder().encode(entities)
    #expect(try JSONDecoder().decode(ExtractedEntities.self, from: data) == entities)
  }

  @Test func jsonUsesTheDocumentedKeys() throws {
    let entities = EntityExtractor().extract(paragraphs: ["深入包头市调研。"])
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    let json = String(decoding: try encoder.encode(entities.places), as: UTF8.self)
    #expect(json.contains(#""kind":"league-city""#))
    #expect(json.contains(#""end":5,"paragraph":0,"start":2,"surface":"包头市""#))
  }

  @Test func emptyInputGivesNothing() {
    #expect(EntityExtractor().extract(paragraphs: []) == ExtractedEntities())
    #expect(EntityExtractor().extract(paragraphs: ["", "“", "”", "旗", "总工会"]) == ExtractedEntities())
  }
}
