import BeijiangModel
import Testing

/// Places are whole words: a suffix rule never takes the tail of a clause as a name, and the
/// gazetteer knows the country beyond Inner Mongolia. Sentences composed for these tests.
@Suite struct PlaceWordTests {
  static func names(_ text: String) -> Set<String> {
    Set(EntityExtractor().extract(paragraphs: [text]).places.map(\.name))
  }

  @Test(
    arguments: [
      "2023年全市新建光伏电站12座。", "稀土企业产值占全市工业的四成。", "7家企业拟上市。", "目前全市共有口岸9个。",
      "加快全市城乡融合。", "这一季度口岸运行平稳。", "相关部门不断提升口岸通关效率。", "创该口岸开放以来新高。",
    ])
  func noFragmentOfAClause(text: String) {
    #expect(Self.names(text).isEmpty, "\(text)")
  }

  @Test func provincesCapitalsAndNeighboursAreKnown() {
    let names = Self.names("班列货源来自天津、安徽和四川，经二连浩特出境，通达乌兰巴托、莫斯科和德国。")
    #expect(names == ["天津市", "安徽省", "四川省", "二连浩特市", "乌兰巴托", "莫斯科", "德国"])
  }

  @Test func everyPlaceKnowsWhatItLiesWithin() {
    let places = EntityExtractor().extract(paragraphs: ["西安和包头两地"]).places
    #expect(places.first { $0.name == "西安市" }?.within == "陕西省")
    #expect(places.first { $0.name == "包头市" }?.within == "内蒙古自治区")
  }

  /// A suffix-rule name right after a date or a function word still starts where the name does.
  @Test func namesAfterDatesStayWhole() {
    #expect(Self.names("5月份巴彦镇举办那达慕。") == ["巴彦镇"])
  }
}
