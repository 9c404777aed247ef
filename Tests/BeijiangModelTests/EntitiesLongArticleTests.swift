import BeijiangModel
import Testing

/// A long article composed of many paragraphs, each naming its own people and organisations: read
/// whole, it must give what its paragraphs give one by one, merged in order of first mention. This
/// holds the document-level indexes (covered offsets, known names, full forms, speakers) to the
/// per-paragraph rules at a size where a slip in an index shows.
@Suite struct EntitiesLongArticleTests {
  static let surnames = ["李", "赵", "刘", "马", "胡", "周", "孙", "郭", "高", "何"]
  static let givenNames = ["明华", "志刚", "建国", "晓燕", "振东", "海波", "春生", "丽娟", "文斌", "桂兰"]
  /// Given names of the second person of each paragraph, so no name repeats across the article.
  static let otherGivenNames = ["红梅", "国庆", "玉兰", "建军", "秀英", "德胜", "永红", "卫东", "淑珍", "立新"]
  static let places = ["包头市", "赤峰市", "通辽市", "呼和浩特市", "鄂尔多斯市", "乌海市", "巴彦淖尔市", "乌兰察布市"]
  static let companies = ["瑞丰新能源集团有限公司", "金石热电厂", "青城变电站", "永磁材料有限公司", "总工会"]
  static let titles = ["盟委书记", "全国劳动模范", "副主席", "盟长"]

  /// Paragraph `index`: a titled person who is quoted, a second person named with a strong cue, and
  /// an organisation under a place, each person's name unique to the paragraph.
  static func paragraph(_ index: Int) -> String {
    let first = surnames[index % 10] + givenNames[(index / 10) % 10]
    let second = surnames[(index + 3) % 10] + otherGivenNames[(index / 10) % 10]
    let organization = places[index % places.count] + companies[(index / 8) % companies.count]
    let title = titles[index % titles.count]
    return "\(title)\(first)来到\(organization)调研。\(first)表示：“要把好事办好。”\(second)团队攻克了一项难题。"
  }

  static let article = (0..<100).map(paragraph)

  /// The entities of each paragraph alone, moved to its place in the article and merged by id.
  static func mergedPerParagraph(_ paragraphs: [String]) -> ExtractedEntities {
    var merged = ExtractedEntities()
    for (index, text) in paragraphs.enumerated() {
      let alone = EntityExtractor().extract(paragraphs: [text])
      merge(alone.people.map { moved($0, to: index) }, into: &merged.people, id: \.id) {
        person, other in
        person.mentions += other.mentions
        person.titles += other.titles.filter { !person.titles.contains($0) }
      }
      merge(alone.organizations.map { moved($0, to: index) }, into: &merged.organizations, id: \.id) {
        organization, other in
        organization.mentions += other.mentions
        organization.aliases += other.aliases.filter { !organization.aliases.contains($0) }
      }
      merged.quotes += alone.quotes.map { moved($0, to: index, number: merged.quotes.count + 1) }
      merge(alone.places.map { moved($0, to: index) }, into: &merged.places, id: \.id) {
        $0.mentions += $1.mentions
      }
    }
    return merged
  }

  static func merge<Entity>(
    _ entities: [Entity], into list: inout [Entity], id: KeyPath<Entity, String>,
    _ combine: (inout Entity, Entity) -> Void
  ) {
    for entity in entities {
      if let position = list.firstIndex(where: { $0[keyPath: id] == entity[keyPath: id] }) {
        combine(&list[position], entity)
      } else {
        list.append(entity)
      }
    }
  }

  static func moved(_ person: Person, to paragraph: Int) -> Person {
    var person = person
    person.mentions = person.mentions.map { moved($0, to: paragraph) }
    return person
  }

  static func moved(_ organization: Organization, to paragraph: Int) -> Organization {
    var organization = organization
    organization.mentions = organization.mentions.map { moved($0, to: paragraph) }
    return organization
  }

  static func moved(_ place: Place, to paragraph: Int) -> Place {
    var place = place
    place.mentions = place.mentions.map { moved($0, to: paragraph) }
    return place
  }

  static func moved(_ quote: Quote, to paragraph: Int, number: Int) -> Quote {
    var quote = quote
    quote.id = "quote:\(number)"
    quote.mentions = quote.mentions.map { moved($0, to: paragraph) }
    if let mention = quote.speaker?.mention {
      quote.speaker?.mention = moved(mention, to: paragraph)
    }
    return quote
  }

  static func moved(_ mention: EntityMention, to paragraph: Int) -> EntityMention {
    EntityMention(paragraph: paragraph, start: mention.start, end: mention.end, surface: mention.surface)
  }

  @Test func eachParagraphNamesItsOwnPeopleAndOrganisation() {
    for index in [0, 37, 99] {
      let entities = EntityExtractor().extract(paragraphs: [Self.paragraph(index)])
      #expect(entities.people.count == 2, "\(Self.paragraph(index))")
      #expect(entities.organizations.count == 1, "\(Self.paragraph(index))")
      #expect(entities.quotes.map(\.speaker?.name) == [entities.people.first?.name])
    }
  }

  @Test func theWholeArticleGivesWhatItsParagraphsGive() {
    let whole = EntityExtractor().extract(paragraphs: Self.article)
    let expected = Self.mergedPerParagraph(Self.article)
    #expect(whole.people.count == 200)
    #expect(whole.people == expected.people)
    #expect(whole.organizations == expected.organizations)
    #expect(whole.places == expected.places)
    #expect(whole.quotes.count == 100)
    #expect(whole.quotes == expected.quotes)
  }

  /// Known names reach across paragraphs: a closing paragraph naming everyone bare, and short forms
  /// of the organisations, adds one mention to each person and joins each short form to its full form.
  @Test func aClosingParagraphAddsAMentionToEveryoneNamedBefore() {
    let people = EntityExtractor().extract(paragraphs: Self.article).people
    let closing =
      people.map(\.name).joined(separator: "、") + "都来到" + Self.companies.joined(separator: "、") + "。"
    let entities = EntityExtractor().extract(paragraphs: Self.article + [closing])
    #expect(entities.people.map(\.name) == people.map(\.name))
    for person in entities.people {
      #expect(person.mentions.count == people.first { $0.name == person.name }!.mentions.count + 1)
      #expect(person.mentions.last?.paragraph == Self.article.count)
    }
    let joined = entities.organizations.filter { $0.mentions.last?.paragraph == Self.article.count }
    #expect(!joined.isEmpty)
    for organization in joined {
      #expect(!organization.aliases.isEmpty, "\(organization.canonical)")
    }
  }
}
