import Foundation
import Testing

@testable import BeijiangModel

/// The seed in traditional characters, made here with OpenCC's s2t (no converted copy is kept in
/// the repository), must give the model the simplified seed gives: the same figures, dates and
/// projects, at the same offsets, while the text shows its own characters.
@Suite struct TraditionalScriptTests {
  static func traditionalSeed() throws -> (simplified: Document, traditional: Document, text: String) {
    let converter = try #require(
      ChineseConverter.simplifiedToTraditional, "OpenCC's s2t.json is not installed")
    let text = try #require(converter.convert(String(decoding: BundledFiles.seed, as: UTF8.self)))
    return (try TestFiles.seed, try TestFiles.document(text: text), text)
  }

  @Test func theTraditionalSeedGivesTheSameFiguresAndProjects() throws {
    let (simplified, traditional, _) = try Self.traditionalSeed()
    func figures(_ document: Document) -> [String] {
      document.analysis.metrics.map {
        let quantity = $0.quantity
        return
          "\(quantity.start) \(quantity.value ?? -1) \(quantity.low ?? -1) \(quantity.high ?? -1) \(quantity.unit ?? "") \(quantity.role) \($0.project)"
      }
    }
    #expect(simplified.analysis.metrics.count == 44)
    #expect(figures(traditional) == figures(simplified))
    #expect(traditional.sections.map(\.project) == simplified.sections.map(\.project))
    #expect(traditional.paragraphs.map(\.project) == simplified.paragraphs.map(\.project))
    #expect(
      traditional.analysis.dates.map(\.date.startDate) == simplified.analysis.dates.map(\.date.startDate))
    #expect(traditional.referenceDate == simplified.referenceDate)
  }

  @Test func theModelKeepsTheArticlesOwnCharacters() throws {
    let (_, traditional, text) = try Self.traditionalSeed()
    let scalars = Array(text.unicodeScalars)
    #expect(traditional.source.scalars == scalars)
    for paragraph in traditional.paragraphs {
      let piece = try #require(paragraph.pieces.first)
      #expect(paragraph.text.hasPrefix(String(String.UnicodeScalarView(scalars[piece.start..<piece.end]))))
    }
    #expect(traditional.title.contains("實幹"))
    #expect(traditional.sections.contains { $0.title.contains("兩個稀土基地") })
    for metric in traditional.analysis.metrics {
      let surface = String(String.UnicodeScalarView(scalars[metric.quantity.start..<metric.quantity.end]))
      #expect(metric.quantity.surface == surface)
    }
    #expect(traditional.analysis.metrics.contains { $0.quantity.surface.contains("萬") })
  }

  @Test func simplifiedTextIsNotConverted() throws {
    let converter = try #require(ChineseConverter.traditionalToSimplified)
    let seed = try TextDecoder.decode(Array(BundledFiles.seed), name: "seed")
    #expect(!TraditionalScript.isTraditional(seed.scalars, converter))
    #expect(TraditionalScript.simplified(seed) == nil)
  }

  @Test func aLineWhosePhrasesChangeLengthIsConvertedCharacterByCharacter() throws {
    let source = try TextDecoder.decode(Array("內蒙古自治區發展萬億元\n\n頭髮乾燥的聯繫".utf8), name: "t")
    let simplified = try #require(TraditionalScript.simplified(source))
    #expect(simplified.scalars.count == source.scalars.count)
    #expect(simplified.text.hasPrefix("内蒙古自治区发展万亿元\n\n"))
  }
}
