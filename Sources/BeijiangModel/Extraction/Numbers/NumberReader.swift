/// Reads a number of either script at a position. A class, shared by every reader that reads
/// numbers: as a struct its tables were copied onto the stack for each call.
final class NumberReader: Sendable {
  let table: NumeralTable
  private let arabic: ArabicNumberParser
  private let chinese: ChineseNumeralParser

  init(table: NumeralTable) {
    self.table = table
    arabic = ArabicNumberParser(table: table)
    chinese = ChineseNumeralParser(table: table)
  }

  func read(_ text: [Unicode.Scalar], at start: Int) -> NumberReading? {
    guard start < text.count else { return nil }
    if ScalarClass.isArabicDigit(text[start]) { return arabic.read(text, at: start) }
    return chinese.read(text, at: start)
  }

  /// A small whole number (a month, a day, a year) with nothing folded into it.
  func readPlainInteger(_ text: [Unicode.Scalar], at start: Int) -> (value: Int, end: Int)? {
    guard let reading = read(text, at: start), let value = reading.plainInteger else { return nil }
    return (value, reading.end)
  }

  /// A count of days, months or years: a plain integer, or 十 alone (十年, 近十天), which the
  /// numeral grammar reads as a bare magnitude because 百 or 万 alone is no number.
  func readCount(_ text: [Unicode.Scalar], at start: Int) -> (value: Int, end: Int)? {
    Self.count(read(text, at: start), at: start)
  }

  /// The count in a reading already made at `start` (`readCount`).
  static func count(_ reading: NumberReading?, at start: Int) -> (value: Int, end: Int)? {
    guard let reading else { return nil }
    if let value = reading.plainInteger { return (value, reading.end) }
    guard reading.isBareMagnitude, reading.value == 10, reading.end == start + 1 else { return nil }
    return (10, reading.end)
  }

  /// The end of the run of numeral characters starting at `start`, so the scanner skips a number
  /// it has rejected instead of re-reading its tail (the 000 of 2000).
  func endOfRun(_ text: [Unicode.Scalar], from start: Int) -> Int {
    var index = start
    while index < text.count, table.startsNumber(text[index]) || table.decimalPoints.contains(text[index]) {
      index += 1
    }
    return max(index, start + 1)
  }
}
