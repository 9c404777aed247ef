import BeijiangModel
import Foundation

/// The seed article as paragraphs for the entity tests: split on blank lines, with the paragraphs the
/// source breaks in mid-sentence joined again.
enum EntitiesSeed {
  static let paragraphs: [String] = {
    let text = String(decoding: BundledFiles.seed, as: UTF8.self)
    let blocks = text.components(separatedBy: "\n\n")
      .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
    var joined: [String] = []
    var pending: String?
    for block in blocks {
      if let head = pending {
        joined.append(head + block)
        pending = nil
      } else if isBroken(block) {
        pending = block
      } else {
        joined.append(block)
      }
    }
    if let pending { joined.append(pending) }
    return joined
  }()

  private static func isBroken(_ block: String) -> Bool {
    guard !block.hasPrefix("#"), !block.contains(" / "), let last = block.last else { return false }
    return !"。！？!?”)）".contains(last)
  }

  static let entities = EntityExtractor().extract(paragraphs: paragraphs)
}
