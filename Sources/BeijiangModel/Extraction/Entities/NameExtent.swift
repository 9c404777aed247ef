/// Finds where a name that ends in a known suffix (…总工会, …苏木) starts, by walking left from the
/// suffix until a boundary: punctuation, a verb or function word (boundary-words.json), or too many
/// characters. Spans that are names themselves (gazetteer places, 自治区) are stepped over whole, so a
/// boundary word inside them (和 in 呼和浩特) never cuts them, and a one-character boundary word that
/// opens a name part (经 of 经济 in 数字经济发展协会) does not cut either.
struct NameExtent {
  struct Options {
    /// The longest body (the part before the suffix) accepted; a longer stretch without a boundary is
    /// rejected rather than cut, because a cut there would make a fragment.
    var maxBody: Int
    /// Whether digits and brackets can be part of the name (阿荣山1328驿站, 京能(赤峰)…).
    var allowsDigitsAndBrackets: Bool
    /// Whether a protected span ending right before the body is a boundary (a place before a place:
    /// 吐列毛杜镇|铁特格嘎查) rather than part of the name (a place inside an organisation's name).
    var stopsAtProtectedSpans: Bool
  }

  /// The conjunctions that join two names (青城变电站和金山热电厂) but also occur inside names (天和).
  private static let conjunctions: Set<Unicode.Scalar> = ["和", "与", "及", "同"]

  let paragraph: ScalarParagraph
  /// For each offset covered by a protected span, that span.
  let protectedSpans: SpansByOffset
  let lexicon: EntityLexicon
  let options: Options
  /// Whether an organisation suffix ends at an offset: then a following conjunction is a separator.
  var endsWithOrganizationSuffix: (Int) -> Bool = { _ in false }

  /// The start of the name whose suffix begins at `suffixStart`, or nil when no boundary is found
  /// within `maxBody` characters.
  func start(beforeSuffixAt suffixStart: Int) -> Int? {
    if options.stopsAtProtectedSpans, let start = startAfterProtectedSpan(suffixStart) {
      return start
    }
    var position = suffixStart
    while position > 0 {
      if let span = protectedSpans[position - 1], span.end == position {
        if options.stopsAtProtectedSpans { break }
        position = span.start
        continue
      }
      if isBoundary(at: position, suffixStart: suffixStart) { break }
      guard isNameScalar(paragraph.scalars[position - 1]) else { break }
      position -= 1
      if suffixStart - position > options.maxBody { return nil }
    }
    return trimmedStart(position, suffixStart: suffixStart)
  }

  /// Right after a place, one-character boundary words belong to the next name (正蓝旗|上都镇,
  /// 克什克腾旗|经棚镇): the body runs back to the place unless a longer boundary word or a character
  /// that is never in a name (的, 在) comes first.
  private func startAfterProtectedSpan(_ suffixStart: Int) -> Int? {
    var position = suffixStart
    while position > 0, suffixStart - position <= options.maxBody {
      if let span = protectedSpans[position - 1], span.end == position { return position }
      let word = lexicon.boundaryWordsEndingAt.longestMatch(in: paragraph.scalars, endingAt: position)
      let scalar = paragraph.scalars[position - 1]
      guard (word?.length ?? 0) < 2, isNameScalar(scalar), !lexicon.nonNameScalars.contains(scalar)
      else { return nil }
      position -= 1
    }
    return nil
  }

  /// Whether a boundary word ends at `position`, so the name cannot extend to its left.
  private func isBoundary(at position: Int, suffixStart: Int) -> Bool {
    guard let word = lexicon.boundaryWordsEndingAt.longestMatch(in: paragraph.scalars, endingAt: position)
    else { return false }
    if word.length >= 2 { return true }
    if opensNamePart(at: position - 1, suffixStart: suffixStart) { return false }
    let scalar = paragraph.scalars[position - 1]
    guard Self.conjunctions.contains(scalar) else { return true }
    return isSeparatingConjunction(at: position - 1, suffixStart: suffixStart)
  }

  /// Whether a name-opening word (经济, 自然, 对外) starts at `offset` and ends within the body.
  private func opensNamePart(at offset: Int, suffixStart: Int) -> Bool {
    lexicon.nameOpeners.longestMatch(in: paragraph.scalars, at: offset, limit: suffixStart) != nil
  }

  /// A conjunction separates two names when a name ends before it, when nothing name-like precedes
  /// it, when what follows it is too short to be a name by itself (党和政府), or when a place or
  /// qualifier starts right after it: the second name opens there (采访团与内蒙古自治区交通运输厅).
  private func isSeparatingConjunction(at offset: Int, suffixStart: Int) -> Bool {
    if suffixStart - (offset + 1) < 2 { return true }
    if offset == 0 || !isNameScalar(paragraph.scalars[offset - 1]) { return true }
    if let span = protectedSpans[offset - 1], span.end == offset { return true }
    if let span = protectedSpans[offset + 1], span.start == offset + 1 { return true }
    return endsWithOrganizationSuffix(offset)
  }

  private func isNameScalar(_ scalar: Unicode.Scalar) -> Bool {
    if EntityScalarClass.isHan(scalar) { return true }
    guard options.allowsDigitsAndBrackets else { return false }
    return EntityScalarClass.isDigit(scalar) || EntityScalarClass.isOpeningBracket(scalar)
      || EntityScalarClass.isClosingBracket(scalar)
  }

  /// A name starts with an ideograph and its brackets balance; otherwise it starts after the problem.
  private func trimmedStart(_ start: Int, suffixStart: Int) -> Int {
    var start = start
    while start < suffixStart, !EntityScalarClass.isHan(paragraph.scalars[start]) { start += 1 }
    var depth = 0
    for offset in start..<suffixStart {
      let scalar = paragraph.scalars[offset]
      if EntityScalarClass.isOpeningBracket(scalar) { depth += 1 }
      if EntityScalarClass.isClosingBracket(scalar) {
        if depth == 0 { return offset + 1 }
        depth -= 1
      }
    }
    return depth == 0 ? start : suffixStart
  }
}
