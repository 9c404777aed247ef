import BeijiangModel

/// `beijiang extract --format table`: the same mentions as aligned columns for people.
enum MentionTable {
  static let columns = ["kind", "surface", "start", "end", "value", "unit", "qualifier", "role", "project"]

  static func render(_ lines: [JSONValue]) -> String {
    let rows = lines.map { line in columns.map { cell(line, $0) } }
    let header = columns
    let widths = columns.indices.map { index in
      ([header[index]] + rows.map { $0[index] }).map(TextWidth.columns).max() ?? 0
    }
    func format(_ cells: [String]) -> String {
      zip(cells, widths).map { $0 + String(repeating: " ", count: $1 - TextWidth.columns($0)) }
        .joined(separator: "  ").trimmingTrailingSpaces() + "\n"
    }
    return ([header] + rows).map(format).joined()
  }

  /// A cell's text: dates show their start–end as the value; entities their name.
  static func cell(_ line: JSONValue, _ column: String) -> String {
    if column == "value", line["kind"] == .string("date") {
      let ends = [line["startDate"], line["endDate"]].compactMap { $0 }.filter { $0 != .null }.map(plain)
      guard ends.isEmpty, let partial = line["partialStart"], partial != .null else {
        return ends.joined(separator: "–")
      }
      return plain(partial)
    }
    if column == "value", let name = line["name"] ?? line["text"] { return plain(name) }
    return line[column].map(plain) ?? ""
  }

  private static func plain(_ value: JSONValue) -> String {
    switch value {
    case .null: ""
    case .string(let text): TextWidth.singleLine(text, limit: 24)
    default: value.text
    }
  }
}

extension String {
  func trimmingTrailingSpaces() -> String {
    var copy = self
    while copy.last == " " { copy.removeLast() }
    return copy
  }
}
