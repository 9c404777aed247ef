/// Splits text into headings and blocks. A block is a run of non-blank lines; a Markdown heading
/// (`#` to `######`, then a space) is always a block of its own.
enum BlockScanner {
  static func scan(_ scalars: [Unicode.Scalar]) -> [SourceBlock] {
    var blocks: [SourceBlock] = []
    var open: (start: Int, end: Int)?
    func closeBlock() {
      if let current = open {
        blocks.append(SourceBlock(kind: .text, start: current.start, end: current.end))
      }
      open = nil
    }
    var lineStart = 0
    while lineStart <= scalars.count {
      let lineEnd = scalars[lineStart...].firstIndex(of: "\n") ?? scalars.count
      let line = scalars[lineStart..<lineEnd]
      if isBlank(line) {
        closeBlock()
      } else if let heading = heading(in: line) {
        closeBlock()
        blocks.append(
          SourceBlock(
            kind: .heading(level: heading.level, title: heading.title), start: lineStart, end: lineEnd))
      } else if open == nil {
        open = (lineStart, lineEnd)
      } else {
        open?.end = lineEnd
      }
      lineStart = lineEnd + 1
    }
    closeBlock()
    return blocks
  }

  static func isBlank(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
    line.allSatisfy { $0.isSpace }
  }

  /// A heading: up to three spaces, one to six `#`, then a space and a title (closing `#`s dropped).
  static func heading(in line: ArraySlice<Unicode.Scalar>) -> (level: Int, title: String)? {
    var index = line.startIndex
    var indent = 0
    while index < line.endIndex, line[index] == " ", indent < 3 {
      index += 1
      indent += 1
    }
    let hashesStart = index
    while index < line.endIndex, line[index] == "#" { index += 1 }
    let level = index - hashesStart
    guard (1...6).contains(level), index == line.endIndex || line[index] == " " || line[index] == "\t" else {
      return nil
    }
    // Trimmed as scalars, and made a string once, rather than through intermediate strings.
    var title = line[index...].trimmingWhitespace
    while title.last == "#" { title = title.dropLast() }
    return (level, String(scalars: title.trimmingWhitespace))
  }
}
