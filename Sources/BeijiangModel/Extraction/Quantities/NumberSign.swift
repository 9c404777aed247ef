/// The sign before a number: 负三十二, -22.2%, －122％, 零下12摄氏度. A dash is a minus only before Arabic digits
/// and not right after a digit or letter, where it joins a range or a code (3-5年, G7-8).
extension QuantityReader {
  func signStart(_ text: [Unicode.Scalar], before position: Int, lowerBound: Int) -> Int? {
    for word in numerals.negativeWords {
      let start = position - word.count
      if start >= lowerBound, start >= 0, text.has(word, at: start) { return start }
    }
    let index = position - 1
    guard index >= lowerBound, index >= 0, numerals.negativeSigns.contains(text[index]) else { return nil }
    if ScalarClass.isHan(text[index]) { return index }
    guard ScalarClass.isArabicDigit(text[position]) else { return nil }
    if index > 0 {
      let previous = text[index - 1]
      if numerals.startsNumber(previous) || ScalarClass.isLatinLetter(previous) { return nil }
    }
    return index
  }
}
