/// The punctuation the structure step reasons about. These are properties of written Chinese (and
/// its ASCII stand-ins), not a lexicon of any one article, so they live here rather than in data.
enum Punctuation {
  /// Marks that end a block without ending a sentence in mid-thought: an ellipsis or a colon that
  /// introduces what follows. A block ending with one of these is complete as it stands.
  static let blockEnders: Set<Unicode.Scalar> = ["…", "：", ":", "—"]

  /// Marks that close a quotation or bracket; they stay with the sentence they close.
  static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "”", "’", "」", "』", "）", ")", "》", "】", "〕", "\"", "'": true
    default: false
    }
  }

  /// Marks that end a sentence.
  static func isSentenceEnder(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "。", "！", "？", "；", "!", "?", ";", "．": true
    default: false
    }
  }

  /// Quotation marks, skipped when matching lexicon terms (科技“突围”工程 still says 科技突围).
  static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "“", "”", "‘", "’", "「", "」", "『", "』", "\"", "'", "《", "》": true
    default: false
    }
  }

  static func isSentenceEnd(_ scalars: ArraySlice<Unicode.Scalar>, at index: Int) -> Bool {
    let scalar = scalars[index]
    if isSentenceEnder(scalar) { return true }
    // An ASCII full stop ends a sentence only where it cannot be a decimal point: at the end, or
    // before white space.
    guard scalar == "." else { return false }
    let next = index + 1
    return next == scalars.endIndex || scalars[next].isSpace
  }
}
