import Foundation

@testable import BeijiangModel

/// Shared fixtures for the metrics tests.
enum MetricsFixtures {
  static let reference = CivilDate(iso: "2024-04-18")!
  static let extractor = MetricsExtractor(referenceDate: reference)

  static var seed: String { String(decoding: BundledFiles.seed, as: UTF8.self) }

  /// The seed's paragraphs: blocks separated by blank lines, as the model will feed them.
  static var seedParagraphs: [String] {
    seed.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      .filter { !$0.isEmpty }
  }

  static func quantities(_ text: String) -> [QuantityMention] { extractor.extract(text).quantities }

  /// Whether every mention's offsets slice the text back to its surface, in order, without overlap,
  /// and every number is finite (JSON cannot carry infinities).
  static func offsetsAreConsistent(_ metrics: ExtractedMetrics, in text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    var spans: [(Int, Int, String)] = []
    spans += metrics.quantities.map { ($0.start, $0.end, $0.surface) }
    spans += metrics.dates.map { ($0.start, $0.end, $0.surface) }
    spans += metrics.ordinals.map { ($0.start, $0.end, $0.surface) }
    for (start, end, surface) in spans {
      guard start >= 0, start < end, end <= scalars.count else { return false }
      var view = String.UnicodeScalarView()
      view.append(contentsOf: scalars[start..<end])
      guard String(view) == surface else { return false }
    }
    for quantity in metrics.quantities {
      for number in [quantity.value, quantity.low, quantity.high, quantity.baseValue].compactMap({ $0 }) {
        guard number.isFinite else { return false }
      }
    }
    let sorted = spans.sorted { $0.0 < $1.0 }
    for (left, right) in zip(sorted, sorted.dropFirst()) where left.1 > right.0 { return false }
    for list in [metrics.quantities.map(\.start), metrics.dates.map(\.start), metrics.ordinals.map(\.start)] {
      guard list == list.sorted() else { return false }
    }
    return true
  }
}
