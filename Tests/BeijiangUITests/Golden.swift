import BeijiangUI
import Foundation
import Testing

/// Golden-file comparison for rendered screens.
///
/// A screen is stored as plain text under `Tests/BeijiangUITests/Golden/<name>.txt`, one line per
/// buffer row with trailing spaces removed. Set `BEIJIANG_UPDATE_GOLDEN=1` to (re)write the files
/// instead of comparing; review the diff before committing.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  static var updating: Bool { ProcessInfo.processInfo.environment["BEIJIANG_UPDATE_GOLDEN"] == "1" }

  static func text(of buffer: Buffer) -> String {
    buffer.rows.map { row in
      var trimmed = Substring(row)
      while trimmed.last == " " { trimmed.removeLast() }
      return String(trimmed)
    }.joined(separator: "\n") + "\n"
  }

  /// Compares `buffer` with the golden file `name`, recording an issue that shows both on mismatch.
  static func check(_ buffer: Buffer, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    // Every row must be exactly as wide as the buffer, whatever the content.
    for (y, row) in buffer.rows.enumerated() where DisplayWidth.of(row, policy: buffer.policy) != buffer.width
    {
      Issue.record(
        "row \(y) of \(name) is \(DisplayWidth.of(row)) columns, not \(buffer.width)",
        sourceLocation: sourceLocation)
    }
    let actual = text(of: buffer)
    let file = directory.appendingPathComponent(name + ".txt")
    if updating {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try! actual.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
      Issue.record(
        "missing golden file \(name).txt; run with BEIJIANG_UPDATE_GOLDEN=1. Rendered:\n\(actual)",
        sourceLocation: sourceLocation)
      return
    }
    if expected != actual {
      Issue.record(
        "\(name) differs from its golden file.\nexpected:\n\(expected)\nactual:\n\(actual)",
        sourceLocation: sourceLocation)
    }
  }
}
