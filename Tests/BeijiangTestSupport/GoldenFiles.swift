import BeijiangUI
import Foundation
import Testing

/// Golden files for every test target: text compared with a file under a `Golden/` folder, and
/// screens compared as their text plus their style runs (`name.styles` beside `name.txt`), so a lost
/// highlight fails as surely as a lost word.
///
/// `BEIJIANG_UPDATE_GOLDEN=1 swift test` rewrites the files instead of comparing: regenerate on
/// purpose, then read `git diff` before committing.
public struct GoldenFiles: Sendable {
  public let directory: URL

  /// The `Golden` folder beside the calling test file.
  public init(besides filePath: String = #filePath) {
    directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appending(path: "Golden")
  }

  public static var updating: Bool { ProcessInfo.processInfo.environment["BEIJIANG_UPDATE_GOLDEN"] == "1" }

  /// Compares `text` with the file `name` (its extension included).
  public func check(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    let url = directory.appending(path: name)
    if Self.updating {
      try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
      do { try text.write(to: url, atomically: true, encoding: .utf8) } catch {
        Issue.record("cannot write \(url.path): \(error)", sourceLocation: sourceLocation)
      }
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      Issue.record(
        "missing golden file Golden/\(name); run with BEIJIANG_UPDATE_GOLDEN=1. Actual:\n\(text)",
        sourceLocation: sourceLocation)
      return
    }
    if expected != text {
      let diff = LineDiff.describe(expected: expected, actual: text)
      Issue.record(
        "\(name) differs from its golden file (- expected, + actual):\n\(diff)",
        sourceLocation: sourceLocation)
    }
  }

  /// Compares a screen with `name` (text, one row a line, trailing spaces trimmed) and with
  /// `name` less its extension plus `.styles` (every styled run, see `StyleRuns`). Each row must be
  /// exactly as wide as the buffer.
  public func check(_ buffer: Buffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
    for y in 0..<buffer.height where buffer.measure(buffer.row(y)) != buffer.width {
      Issue.record(
        "row \(y) of \(name) is \(buffer.measure(buffer.row(y))) columns, not \(buffer.width)",
        sourceLocation: sourceLocation)
    }
    check(ScreenText.of(buffer), named: name, sourceLocation: sourceLocation)
    let stem = name.hasSuffix(".txt") ? String(name.dropLast(4)) : name
    check(StyleRuns.of(buffer), named: stem + ".styles", sourceLocation: sourceLocation)
  }
}

/// A buffer as golden text: one line per row, trailing spaces trimmed.
public enum ScreenText {
  public static func of(_ buffer: Buffer) -> String {
    buffer.rows.map { row in
      var line = Substring(row)
      while line.last == " " { line.removeLast() }
      return String(line)
    }.joined(separator: "\n") + "\n"
  }
}
