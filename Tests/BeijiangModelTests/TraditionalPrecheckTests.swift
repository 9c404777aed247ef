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

  /// An article of ordinary length (four hundred Han characters) quoting one traditional name: its
  /// nine convertible characters are too small a share for OpenCC, or for the look.
  @Test func aSimplifiedTextQuotingATraditionalNameStaysSimplified() throws {
    let body = """
      据介绍，本届博览会吸引了来自十多个国家和地区的企业参展，展区面积比上届扩大了三分之一，\
      现场签约项目涉及新能源装备、农畜产品加工和跨境物流等领域。
      主办方表示，下一步将继续完善口岸基础设施，推动通关便利化改革，为企业开拓周边市场创造条件。\
      不少参展企业负责人认为，展会搭建了交流合作的平台，帮助他们找到了新的合作伙伴和销售渠道。
      自治区有关部门负责人介绍，近年来全区持续优化营商环境，外贸主体数量稳步增加，\
      进出口商品结构不断改善，沿边开发开放的步伐明显加快。
      在随后举行的推介会上，多个盟市介绍了本地的特色产业和招商项目，\
      与会客商围绕绿色能源、现代农牧业和文化旅游等方向进行了深入洽谈，部分项目当场达成合作意向。
      """
    let quote = "展会上，台湾的「臺灣區電機電子工業同業公會」也设立了展台。"
    let text = Self.simplifiedText + "\n" + body + "\n" + quote + "\n"
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
