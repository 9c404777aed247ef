/// Articles in traditional characters, read through their simplified form: the lexicons, gazetteers
/// and project terms are simplified, so 萬, 億 or 內蒙古 would otherwise go unread.
///
/// The simplified text has exactly as many scalars as the original, line by line, so every offset
/// found in it is an offset into the article as given. OpenCC's phrase conversion is nearly always
/// character for character; a line where it is not is converted a character at a time (a single
/// character meets no phrase, only the character table), and a character whose conversion is not one
/// character is kept as it is.
enum TraditionalScript {
  /// The share of sampled Han characters that t2s changes above which a text counts as
  /// traditional. The seed in traditional script changes 33% of them, the simplified seed 0%;
  /// simplified text that quotes a traditional name stays far below.
  static let threshold = 0.05
  /// Scalars sampled from the start, middle and end of the text: enough to tell, and a simplified
  /// article of any size pays for converting at most three of these.
  static let sampleLength = 2000

  /// The text in simplified characters with the same scalar count per line, or nil when the text is
  /// not traditional (or OpenCC is not installed), so simplified articles pay only for the sample.
  static func simplified(_ source: SourceText) -> SourceText? {
    guard mayBeTraditional(source.scalars), let converter = ChineseConverter.traditionalToSimplified,
      isTraditional(source.scalars, converter)
    else { return nil }
    var scalars: [Unicode.Scalar] = []
    scalars.reserveCapacity(source.scalars.count)
    for (index, line) in source.scalars.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    {
      if index > 0 { scalars.append("\n") }
      scalars += simplifiedLine(line, converter)
    }
    return SourceText(name: source.name, encoding: source.encoding, scalars: scalars)
  }

  static func isTraditional(_ scalars: [Unicode.Scalar], _ converter: ChineseConverter) -> Bool {
    var han = 0
    var changed = 0
    for start in sampleStarts(count: scalars.count) {
      let sample = Array(scalars[start..<min(scalars.count, start + sampleLength)])
      guard let converted = converter.convert(String(scalars: sample)).map({ Array($0.unicodeScalars) }),
        converted.count == sample.count
      else { continue }
      for (original, simplified) in zip(sample, converted) where isHan(original) {
        han += 1
        if original != simplified { changed += 1 }
      }
    }
    return han > 0 && Double(changed) / Double(han) >= threshold
  }

  /// False when no sample can reach the threshold in `isTraditional`: t2s changes only
  /// `ConvertibleCharacters`, so a sample changes at most as many Han characters as it has of them.
  /// A sample with none, or fewer than half the threshold's share, cannot count as traditional, and
  /// nor can all of them together; the half keeps the decision clear of rounding. Simplified
  /// articles, even those quoting a traditional name, end here without OpenCC.
  static func mayBeTraditional(
    _ scalars: [Unicode.Scalar], convertible: ConvertibleCharacters = .bundled
  ) -> Bool {
    sampleStarts(count: scalars.count).contains { start in
      var han = 0
      var candidates = 0
      for scalar in scalars[start..<min(scalars.count, start + sampleLength)] where isHan(scalar) {
        han += 1
        if convertible.contains(scalar) { candidates += 1 }
      }
      return candidates > 0 && Double(candidates) >= Double(han) * threshold / 2
    }
  }

  private static func sampleStarts(count: Int) -> [Int] {
    guard count > sampleLength * 3 else { return [0] }
    return [0, count / 2 - sampleLength / 2, count - sampleLength]
  }

  private static func simplifiedLine(_ line: ArraySlice<Unicode.Scalar>, _ converter: ChineseConverter)
    -> [Unicode.Scalar]
  {
    if let converted = converter.convert(String(scalars: line)).map({ Array($0.unicodeScalars) }),
      converted.count == line.count
    {
      return converted
    }
    return line.map { scalar in
      guard isHan(scalar), let one = converter.convert(String(scalar)).map({ Array($0.unicodeScalars) }),
        one.count == 1
      else { return scalar }
      return one[0]
    }
  }

  /// CJK unified ideographs, the basic block and extension A: where traditional and simplified differ.
  static func isHan(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
  }
}
