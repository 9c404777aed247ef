import BeijiangModel
import Testing

/// The seed article's entity lists: people, places and organisations complete; initiatives at least these.
@Suite struct EntitiesSeedTests {
  let entities = EntitiesSeed.entities

  @Test func eightPeopleWithTheirTitles() {
    let people = Dictionary(uniqueKeysWithValues: entities.people.map { ($0.name, $0.titles) })
    #expect(
      people == [
        "齐轩": ["全国劳模模范"],
        "张文斌": ["职工"],
        "郭晋龙": ["大国工匠"],
        "张慧宇": ["自治区总工会党组书记", "自治区总工会副主席"],
        "习近平": ["总书记"],
        "孙绍谋": ["自治区党委书记"],
        "王莉霞": ["自治区党委副书记", "自治区主席"],
        "钢宝力达": ["红色堡垒户"],
      ])
  }

  @Test func peopleMentionCounts() {
    let counts = Dictionary(uniqueKeysWithValues: entities.people.map { ($0.name, $0.mentions.count) })
    #expect(counts["张慧宇"] == 7)
    #expect(counts["张文斌"] == 4)
    #expect(counts["钢宝力达"] == 3)
  }

  @Test func organizations() {
    #expect(
      Set(entities.organizations.map(\.canonical)) == [
        "内蒙古自治区总工会", "自治区党委", "五原县总工会", "中华全国总工会", "自治区党委人才领导小组", "国务院",
        "包头市总工会", "北方稀土", "第五地质质控院", "英思特稀磁新材料股份有限公司", "包头天和磁材技术有限公司",
        "稀土高新区工会", "巴林右旗总工会", "京能(赤峰)能源发展有限公司", "科右中旗总工会", "内蒙古双欣矿业有限公司",
        "天安公共交通集团有限公司", "国鸿氢能科技产业园", "通惠供热燃气集团有限公司", "鄂尔多斯供电公司",
        "北疆职工乌兰牧骑", "自治区党委组织部", "兴安盟工会", "阿荣市口岸工会", "阿荣市出入境边防检查站",
        "科右前旗三岔边境服务驿站", "阿荣山1328驿站", "五市贸易区边民驿站", "二连浩特市总工会", "呼伦贝尔市总工会",
        "呼和浩特市青城变电站", "金山热电厂", "内蒙古能源发电兴安热电公司", "兴安热电有限公司",
        "呼和浩特市城市燃气热力集团工会", "城发桥堡分公司",
      ])
    let union = entities.organizations.first { $0.canonical == "内蒙古自治区总工会" }
    #expect(union?.aliases == ["自治区总工会"])
    let substation = entities.organizations.first { $0.canonical == "呼和浩特市青城变电站" }
    #expect(substation?.aliases == ["青城变电站"])
  }

  @Test func placesWithKinds() {
    let places = Dictionary(uniqueKeysWithValues: entities.places.map { ($0.name, $0.kind) })
    #expect(
      places == [
        "北疆": .region, "内蒙古自治区": .region, "亚洲": .region, "俄罗斯": .country, "蒙古国": .country,
        "包头市": .leagueCity, "鄂尔多斯市": .leagueCity, "巴彦淖尔市": .leagueCity, "赤峰市": .leagueCity,
        "兴安盟": .leagueCity, "呼伦贝尔市": .leagueCity, "呼和浩特市": .leagueCity, "阿荣市": .leagueCity,
        "五原县": .bannerCounty, "达拉特旗": .bannerCounty, "包头稀土高新技术产业开发区": .bannerCounty,
        "磴口县": .bannerCounty, "巴林右旗": .bannerCounty, "翁牛特旗": .bannerCounty,
        "科尔沁右翼中旗": .bannerCounty, "四子王旗": .bannerCounty, "科尔沁右翼前旗": .bannerCounty,
        "二连浩特市": .bannerCounty, "新巴尔虎左旗": .bannerCounty,
        "吐列毛杜镇": .township, "江岸苏木": .township, "铁特格嘎查": .village,
        "库布其沙漠": .desert, "科尔沁沙地": .desert, "浑善达克沙地": .desert,
        "阿日哈沙特口岸": .port, "额布都格口岸": .port,
      ])
  }

  @Test func threeQuotesWithSpeakers() {
    let quotes = entities.quotes
    #expect(quotes.map { $0.speaker?.name } == ["齐轩", "张慧宇", "慰问组"])
    #expect(quotes.map { $0.speaker?.kind } == [.person, .person, .group])
    #expect(quotes[1].text.contains("建设“两个稀土基地”等重大战略"))
    #expect(quotes[2].text == "大家生产生活中有什么困难?有需要工会组织帮忙,要及时反映。")
  }

  /// Every initiative named by the article is found, and no scare quote or value is taken for one;
  /// campaigns the rules learn to see beyond these (“五小”等…活动) do not break the test.
  @Test func initiatives() {
    let found = Set(entities.initiatives.map(\.name))
    let expected: Set<String> = [
      "五大任务", "六个工程", "“五个一”工程", "两个稀土基地", "“三北”工程", "劳模工匠进校园", "诚信建设提升年",
      "诚信建设工程", "“作风建设提升年、深化年”行动", "作风建设巩固年", "“群团组织办实事”工作", "工匠之都",
      "“突围”工程", "“求学圆梦”活动", "“双重”工程", "司机之家", "自贸区创建工作", "“暖边绿境”行动", "暖边北疆行",
      "温暖工程", "五小", "六比", "走边关",
    ]
    #expect(expected.subtracting(found).isEmpty, "missing \(expected.subtracting(found))")
    let scareQuotes: Set<String> = ["娘家人", "卡脖子", "一等", "蒙古马精神", "纸上", "地上", "两节", "三北"]
    #expect(found.isDisjoint(with: scareQuotes), "\(found.intersection(scareQuotes))")
  }

  @Test func everyMentionSlicesBackToItsSurface() {
    let all =
      entities.people.flatMap(\.mentions) + entities.organizations.flatMap(\.mentions)
      + entities.places.flatMap(\.mentions) + entities.quotes.flatMap(\.mentions)
      + entities.initiatives.flatMap(\.mentions)
    for mention in all {
      let scalars = Array(EntitiesSeed.paragraphs[mention.paragraph].unicodeScalars)
      var slice = String.UnicodeScalarView()
      slice.append(contentsOf: scalars[mention.start..<mention.end])
      #expect(String(slice) == mention.surface)
    }
  }
}
