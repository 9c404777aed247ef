import BeijiangModel

/// Where a row of a digest is in the documents: the article, a group within it (the section of a
/// paragraph, the kind of an entity) and the item's position there. Digests list these instead of
/// copies of each figure, date, paragraph and entity: the copies held ~57 KB an article beside the
/// documents they were copied from (docs/performance.md, "Session 9"); a place is 12 bytes.
public struct ItemPlace: Sendable, Equatable, Hashable {
  var document: Int32
  var group: Int32
  var index: Int32

  init(document: Int, group: Int = 0, index: Int) {
    self.document = Int32(document)
    self.group = Int32(group)
    self.index = Int32(index)
  }
}

/// A row type a digest lists: read from the documents at its place when asked for.
public protocol DocumentItem: Sendable, Equatable {
  static func read(_ place: ItemPlace, in documents: [Document]) -> Self
}

/// The rows of one list of a digest, or of a pane as filtered and sorted: places into the
/// documents, read as items one at a time. It holds the documents array itself (one shared buffer,
/// not a copy), so a row reads as it did when rows were stored whole.
public struct DigestRows<Item: DocumentItem>: RandomAccessCollection, Sendable, Equatable {
  private(set) var documents: [Document]
  private(set) var places: [ItemPlace]

  init(documents: [Document] = [], places: [ItemPlace] = []) {
    self.documents = documents
    self.places = places
  }

  public var startIndex: Int { 0 }
  public var endIndex: Int { places.count }
  public subscript(position: Int) -> Item { Item.read(places[position], in: documents) }

  /// Equal when they list equal items, whatever documents array they read them from.
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.elementsEqual(rhs) }

  mutating func append(_ place: ItemPlace) { places.append(place) }

  /// Reads later rows from `documents`, which must begin with the documents read so far (the
  /// arrays grow as articles arrive).
  mutating func read(from documents: [Document]) { self.documents = documents }

  /// The rows for which `isIncluded` holds, in order (named apart from `filter`, which gives an
  /// array of items).
  func keeping(_ isIncluded: (Item) -> Bool) -> DigestRows {
    DigestRows(documents: documents, places: places.filter { isIncluded(Item.read($0, in: documents)) })
  }

  /// The rows in the order `order` gives of their positions.
  func reordered(_ order: [Int]) -> DigestRows {
    DigestRows(documents: documents, places: order.map { places[$0] })
  }

  /// Sorts the rows by a comparison of their items, into the order sorting the items themselves
  /// gives; each item is read once, not two for every comparison.
  mutating func sort(by areInIncreasingOrder: (Item, Item) -> Bool) {
    let items = Array(self)
    self = reordered(items.indices.sorted { areInIncreasingOrder(items[$0], items[$1]) })
  }
}

extension MetricItem: DocumentItem {
  public static func read(_ place: ItemPlace, in documents: [Document]) -> MetricItem {
    MetricItem(
      document: Int(place.document), metric: documents[Int(place.document)].analysis.metrics[Int(place.index)]
    )
  }
}

extension EventItem: DocumentItem {
  public static func read(_ place: ItemPlace, in documents: [Document]) -> EventItem {
    EventItem(
      document: Int(place.document), event: documents[Int(place.document)].analysis.dates[Int(place.index)])
  }
}

extension ParagraphItem: DocumentItem {
  public static func read(_ place: ItemPlace, in documents: [Document]) -> ParagraphItem {
    let section = documents[Int(place.document)].sections[Int(place.group)]
    return ParagraphItem(
      document: Int(place.document), paragraph: section.paragraphs[Int(place.index)],
      sectionTitle: section.title)
  }
}

extension EntityItem: DocumentItem {
  /// The group of an entity's place is its kind, in `Kind.allCases` order.
  public static func read(_ place: ItemPlace, in documents: [Document]) -> EntityItem {
    let analysis = documents[Int(place.document)].analysis
    let (document, index) = (Int(place.document), Int(place.index))
    func item<Details>(_ record: EntityRecord<Details>, _ kind: Kind, detail: String) -> EntityItem {
      EntityItem(
        document: document, kind: kind, id: record.id, label: record.details.label, detail: detail,
        mentions: record.mentions)
    }
    switch Kind.allCases[Int(place.group)] {
    case .person:
      let record = analysis.people[index]
      return item(record, .person, detail: record.details.titles.joined(separator: "、"))
    case .organization:
      let record = analysis.organizations[index]
      return item(record, .organization, detail: record.details.aliases.joined(separator: "、"))
    case .place:
      let record = analysis.places[index]
      return item(record, .place, detail: record.details.placeKind.rawValue)
    case .initiative: return item(analysis.initiatives[index], .initiative, detail: "")
    case .quote:
      let record = analysis.quotes[index]
      return item(record, .quote, detail: record.details.speaker?.name ?? "")
    }
  }
}
