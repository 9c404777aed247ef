import Foundation
import Testing

/// Compares text with a file under Golden/. `BEIJIANG_UPDATE_GOLDEN=1 swift test` rewrites the
/// files instead: regenerate on purpose, then read the diff before committing.
enum Golden {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appending(path: "Golden")

  static func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation)
    throws
  {
    let url = directory.appending(path: name)
    if ProcessInfo.processInfo.environment["BEIJIANG_UPDATE_GOLDEN"] == "1" {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden file \(name); run with BEIJIANG_UPDATE_GOLDEN=1", sourceLocation: sourceLocation)
      return
    }
    if expected != text {
      let expectedLines = expected.components(separatedBy: "\n")
      let actualLines = text.components(separatedBy: "\n")
      let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
      let detail =
        first.map { "line \($0.offset + 1):\n  expected: \($0.element.0)\n  actual:   \($0.element.1)" }
        ?? "line count differs"
      Issue.record("\(name) differs from the golden file; \(detail)", sourceLocation: sourceLocation)
    }
  }
}
