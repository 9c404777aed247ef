import BeijiangModel
import Testing

/// Suffix words inside ordinary nouns make no place: composed sentences in the style of reports.
@Suite struct EntitiesPlaceFragmentTests {
  @Test(
    arguments: [
      "全旗治理300万亩沙地,建成一批示范区。",
      "学院设有沙漠治理和沙地治理两个专业。",
      "该市持续完善口岸规划,推进电子口岸建设。",
      "作为节点口岸,这里辐射周边。",
      "鄂尔多斯是一座地级市,曾是煤炭大市。",
      "三大沙漠边缘已经建起锁边林带。",
    ])
  func noPlaceFromOrdinaryNouns(text: String) {
    let places = EntityExtractor().extract(paragraphs: [text]).places.map(\.name)
    #expect(places.allSatisfy { ["鄂尔多斯市"].contains($0) }, "\(text): \(places)")
  }
}
