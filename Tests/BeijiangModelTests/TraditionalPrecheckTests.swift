import Foundation
import Testing

@testable import BeijiangModel

/// The cheap look at the samples (`TraditionalScript.mayBeTraditional`) may only spare OpenCC where
/// OpenCC would not call the text traditional: whatever the text, the decision is OpenCC's own.
@Suite struct TraditionalPrecheckTests {
  static let simplifiedText = """
    # 口岸货运量创新高

    记者从自治区商务厅获悉，今年前三季度全区口岸货运量达到1.2亿吨，同比增长8.5%。\
    其中满洲里口岸完成货运量3100万吨，二连浩特口岸完成1800万吨。
    业内人士表示，随着中欧班列开行数量增加，口岸的通关效率进一步提高，企业的物流成本明显下降。
    """

  /// The decision OpenCC alone gives, and the one the model makes with the look in front.
  static func decisions(_ text: String) throws -> (openCC: Bool, model: Bool, cheap: Bool) {
    let converter = try #require(ChineseConverter.traditionalToSimplified, "OpenCC is not installed")
    let source = try TextDecoder.decode(Array(text.utf8), name: "t")
    let openCC = TraditionalScript.isTraditional(source.scalars, converter)
    let model = TraditionalScript.simplified(source) != nil
    return (openCC, model, TraditionalScript.mayBeTraditional(source.scalars))
  }

  static func traditional(_ text: String) throws -> String {
    let converter = try #require(ChineseConverter.simplifiedToTraditional)
    return try #require(converter.convert(text))
  }

  @Test func simplifiedTextIsToldWithoutOpenCC() throws {
    let (openCC, model, cheap) = try Self.decisions(Self.simplifiedText)
    #expect(!openCC && !model && !cheap)
  }

  @Test func traditionalTextIsStillReadThroughOpenCC() throws {
    let (openCC, model, cheap) = try Self.decisions(try Self.traditional(Self.simplifiedText))
    #expect(openCC && model && cheap)
  }

  @Test func aSimplifiedTextQuotingATraditionalNameStaysSimplified() throws {
    let text = Self.simplifiedText + "\n展会上，台湾的「臺灣區電機電子工業同業公會」也设立了展台。\n"
    let (openCC, model, cheap) = try Self.decisions(text)
    #expect(!openCC && !model && !cheap)
  }

  @Test func mixedTextsDecideAsOpenCCDoes() throws {
    let traditional = try Self.traditional(Self.simplifiedText)
    let filler = String(repeating: "全区各地积极推进项目建设，重点工程进展顺利。\n", count: 200)
    let texts = [
      Self.simplifiedText + "\n" + traditional,
      traditional + "\n" + Self.simplifiedText + Self.simplifiedText + Self.simplifiedText,
      // Long texts are sampled at the start, middle and end: the traditional part in one sample.
      filler + traditional + filler,
      traditional + filler + filler,
      filler + filler + traditional,
      filler + "裏面的髮型很乾淨。" + filler,
    ]
    for text in texts {
      let (openCC, model, cheap) = try Self.decisions(text)
      #expect(model == openCC)
      #expect(cheap || !openCC)
    }
  }

  /// Every character t2s changes on its own is in the table; phrase conversions come from the same
  /// dictionaries (docs/data.md), and none of the table's characters is outside the Han blocks.
  @Test func theTableHoldsEveryCharacterT2SChanges() throws {
    let converter = try #require(ChineseConverter.traditionalToSimplified)
    let han = (0x3400...0x9FFF).compactMap(Unicode.Scalar.init).filter(TraditionalScript.isHan)
    let joined = han.map { String($0) }.joined(separator: "\n")
    let converted = try #require(converter.convert(joined)).split(separator: "\n")
    #expect(converted.count == han.count)
    var changed = 0
    for (original, simplified) in zip(han, converted) where simplified != Substring(String(original)) {
      changed += 1
      #expect(ConvertibleCharacters.bundled.contains(original), "\(original) → \(simplified)")
    }
    #expect(changed > 2500)
    #expect(ConvertibleCharacters.bundled.count == 3762)
    #expect(!ConvertibleCharacters.bundled.contains("国"))
    #expect(ConvertibleCharacters.bundled.contains("國"))
  }
}
