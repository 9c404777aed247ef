import Foundation
import Testing

/// The help texts are written as paragraphs and wrapped by the argument parser, never wrapped by
/// hand in the source: a hand-wrapped text comes out with lines broken early ("with or without
/// a" / "BOM"). A line of a paragraph is broken early when the first word of the next line would
/// have fitted on it (the parser fills lines to one column short of the width).
@Suite struct HelpTextTests {
  static let width = 80

  @Test(arguments: [[], ["dashboard"], ["present"], ["summary"], ["export"], ["extract"]])
  func discussionsAreParagraphsWrappedByTheParser(command: [String]) throws {
    let help = try BinaryRunner.run(["help"] + command, environment: ["COLUMNS": String(Self.width)])
    #expect(help.status == 0)
    for paragraph in Self.discussion(of: help.stdoutText) {
      for (line, next) in zip(paragraph, paragraph.dropFirst()) {
        let nextWord = next.split(separator: " ").first.map(String.init) ?? ""
        #expect(
          line.count + 1 + nextWord.count >= Self.width,
          "“\(line)” is broken before “\(nextWord)”, which fits")
      }
    }
  }

  /// The paragraphs between the overview and the usage line, each as its lines.
  static func discussion(of help: String) -> [[String]] {
    let lines = help.components(separatedBy: "\n")
    guard let overview = lines.firstIndex(where: { $0.hasPrefix("OVERVIEW:") }),
      let usage = lines.firstIndex(where: { $0.hasPrefix("USAGE:") })
    else { return [] }
    var paragraphs: [[String]] = [[]]
    for line in lines[(overview + 1)..<usage] {
      if line.isEmpty { paragraphs.append([]) } else { paragraphs[paragraphs.count - 1].append(line) }
    }
    // The first paragraph is the rest of the overview, wrapped by the parser too.
    return paragraphs.filter { !$0.isEmpty }
  }
}
