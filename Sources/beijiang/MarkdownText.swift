/// Text made safe for CommonMark and GitHub-flavoured tables: characters that would start emphasis,
/// code, links, HTML or a table cell are backslash-escaped, and line breaks become spaces.
enum MarkdownText {
  static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "~"]

  static func escape(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "\n" || character == "\r\n" || character == "\r" {
        result.append(" ")
      } else {
        if special.contains(character) { result.append("\\") }
        result.append(character)
      }
    }
    return result
  }

  /// A table row from already escaped cells.
  static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
}
