import Foundation

/// Writes tables as RFC 4180 CSV: CRLF after every record, fields quoted only when they contain a
/// comma, a double quote, CR or LF, and quotes inside a quoted field doubled. The text is UTF-8; the
/// optional byte order mark is for spreadsheet programs that otherwise guess a legacy code page.
public struct CSVWriter: Sendable, Equatable {
  /// Whether `data` starts with the UTF-8 byte order mark EF BB BF.
  public var includesByteOrderMark: Bool

  public init(includesByteOrderMark: Bool = false) {
    self.includesByteOrderMark = includesByteOrderMark
  }

  /// The whole table as text: the header record, then one record per row, each ending in CRLF.
  /// Every row must have as many fields as the header, as RFC 4180 requires.
  public func text(header: [String], rows: [[String]]) throws(CSVError) -> String {
    var output = includesByteOrderMark ? "\u{FEFF}" : ""
    output += Self.record(header)
    for (index, row) in rows.enumerated() {
      guard row.count == header.count else {
        throw CSVError.rowWidth(row: index, expected: header.count, found: row.count)
      }
      output += Self.record(row)
    }
    return output
  }

  /// The whole table as UTF-8 bytes, ready to write to a file.
  public func data(header: [String], rows: [[String]]) throws(CSVError) -> Data {
    Data(try text(header: header, rows: rows).utf8)
  }

  /// One record: the fields joined by commas, followed by CRLF.
  public static func record(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field, quoted when RFC 4180 requires it.
  public static func field(_ value: String) -> String {
    guard needsQuotes(value) else { return value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Looks at scalars, not Characters: "\r\n" is a single Character in Swift, so a Character test
  /// for "\r" or "\n" would miss a field holding a Windows line break.
  private static func needsQuotes(_ value: String) -> Bool {
    value.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
  }
}

/// Why a table could not be written as CSV.
public enum CSVError: Error, Equatable, Sendable, CustomStringConvertible {
  /// Row `row` (0-based, not counting the header) has `found` fields where the header has `expected`.
  case rowWidth(row: Int, expected: Int, found: Int)

  public var description: String {
    switch self {
    case .rowWidth(let row, let expected, let found):
      "CSV row \(row + 1) has \(found) fields but the header has \(expected)"
    }
  }
}
