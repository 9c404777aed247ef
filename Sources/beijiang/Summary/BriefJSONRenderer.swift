import BeijiangModel
import Foundation

/// A brief as JSON: the `Brief` model itself, pretty-printed with sorted keys so output is stable.
struct BriefJSONRenderer {
  func render(_ brief: Brief) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(brief), as: UTF8.self) + "\n"
  }
}
