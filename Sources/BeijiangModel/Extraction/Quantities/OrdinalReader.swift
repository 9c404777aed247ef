/// Reads ordinals at a numeral: 第七届, 第一, 十一届 (before more of the name), 七次全会, 1号文件,
/// 1328驿站, 六期工程, and five-year-plan periods (十四五).
/// A class, built once, so a call through `MetricsReaders` does not copy its tables.
final class OrdinalReader: Sendable {
  let lexicon: OrdinalLexicon
  let numbers: NumberReader
  private let prefixMarker: Unicode.Scalar
  private let counters: WordTrie<Int>
  private let suffixes: WordTrie<Int>
  private let periodLead: Unicode.Scalar
  private let periodTail: Unicode.Scalar

  init(lexicon: OrdinalLexicon, numbers: NumberReader) {
    self.lexicon = lexicon
    self.numbers = numbers
    prefixMarker = lexicon.prefixMarker.scalars[0]
    counters = WordTrie<Int>(lexicon.prefixCounters.enumerated().map { ($1.counter, $0) })
    suffixes = WordTrie<Int>(lexicon.suffixes.enumerated().map { ($1.suffix, $0) })
    periodLead = lexicon.periodPattern.lead.scalars[0]
    periodTail = lexicon.periodPattern.tail.scalars[0]
  }

  /// An ordinal starting at `position` (or at a 第 just before it, not before `lowerBound`).
  func read(_ text: [Unicode.Scalar], at position: Int, lowerBound: Int) -> (
    start: Int, end: Int, value: Int?, kind: String
  )? {
    if let period = readPeriod(text, at: position) { return period }
    guard let number = numbers.read(text, at: position), !number.isDigitString else { return nil }
    let value = number.value < 1e9 && number.value == number.value.rounded() ? Int(number.value) : nil
    let numberEnd = number.end
    if position - 1 >= lowerBound, text[position - 1] == prefixMarker {
      if let counter = counters.longestMatch(in: text, at: numberEnd) {
        return (position - 1, counter.end, value, lexicon.prefixCounters[counter.value].kind)
      }
      return (position - 1, numberEnd, value, "ordinal")
    }
    guard let suffix = suffixes.longestMatch(in: text, at: numberEnd) else { return nil }
    let entry = lexicon.suffixes[suffix.value]
    if entry.arabicOnly == true, number.style != .arabic { return nil }
    if entry.needsFollower == true {
      guard suffix.end < text.count,
        ScalarClass.isHan(text[suffix.end]) || numbers.table.startsNumber(text[suffix.end])
      else { return nil }
    }
    return (position, suffix.end, value, entry.kind)
  }

  /// 十X五 with X a digit: the Xth five-year plan (十四五 is the 14th).
  private func readPeriod(_ text: [Unicode.Scalar], at position: Int) -> (
    start: Int, end: Int, value: Int?, kind: String
  )? {
    guard position + 2 < text.count, text[position] == periodLead, text[position + 2] == periodTail,
      case .digit(let digit) = numbers.table.chinese(text[position + 1]), digit > 0
    else { return nil }
    if position + 3 < text.count, numbers.table.startsNumber(text[position + 3]) { return nil }
    return (position, position + 3, 10 + digit, lexicon.periodPattern.kind)
  }
}
