/// Display width in terminal columns. `String.count` and UTF-8 length are never a width.
///
/// Widths are those of what the buffer actually stores: a scalar the terminal cannot print
/// (controls, ESC, unassigned) is stored as a one-column substitute (see `TextSanitizer`), so it
/// measures 1 here too.
public enum DisplayWidth {
  /// Columns taken by one scalar, as drawn by `Buffer`: 0, 1 or 2.
  public static func of(_ scalar: Unicode.Scalar, policy: WidthPolicy = .standard) -> Int {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return 1 }
    let glibc = WidthTable.glibcWidth(value)
    if glibc < 0 { return 1 }  // stored as the one-column substitute
    if glibc == 1 && policy == .ambiguousWide && WidthTable.isAmbiguous(value) { return 2 }
    return glibc
  }

  /// What the buffer stores for `raw` and its width, with a single table lookup: nil for NUL, a space
  /// for tab and newlines, U+FFFD for other unprintable scalars (see `TextSanitizer`).
  @inline(__always)
  static func glyph(_ raw: Unicode.Scalar, policy: WidthPolicy) -> (scalar: Unicode.Scalar, width: Int)? {
    let value = raw.value
    if value >= 0x20 && value < 0x7F { return (raw, 1) }
    if value == 0 { return nil }
    if value == 0x09 || value == 0x0A || value == 0x0D { return (" ", 1) }
    let glibc = WidthTable.glibcWidth(value)
    if glibc < 0 { return (TextSanitizer.substitute, 1) }
    if glibc == 1 && policy == .ambiguousWide && WidthTable.isAmbiguous(value) { return (raw, 2) }
    return (raw, glibc)
  }

  /// Columns taken by a string on one line, as drawn by `Buffer` (tabs and newlines count as one space).
  public static func of(_ text: some StringProtocol, policy: WidthPolicy = .standard) -> Int {
    var total = 0
    for scalar in text.unicodeScalars { total += of(scalar, policy: policy) }
    return total
  }

  /// The longest prefix of `text` that fits in `columns`, never splitting a wide glyph; zero-width
  /// scalars that follow a kept glyph stay with it.
  public static func prefix(
    _ text: some StringProtocol, fitting columns: Int, policy: WidthPolicy = .standard
  ) -> (text: String, width: Int) {
    var used = 0
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      let width = of(scalar, policy: policy)
      if used + width > columns { break }
      used += width
      scalars.append(scalar)
    }
    return (String(scalars), used)
  }

  /// `text` cut to at most `columns`, ending with `ellipsis` when something was cut.
  public static func truncate(
    _ text: some StringProtocol, to columns: Int, ellipsis: String = "…", policy: WidthPolicy = .standard
  ) -> String {
    guard columns > 0 else { return "" }
    if of(text, policy: policy) <= columns { return String(text) }
    let ellipsisWidth = of(ellipsis, policy: policy)
    guard ellipsisWidth <= columns else { return prefix(text, fitting: columns, policy: policy).text }
    return prefix(text, fitting: columns - ellipsisWidth, policy: policy).text + ellipsis
  }

  /// `text` padded with spaces (or cut) to exactly `columns`, aligned left or right.
  public static func pad(
    _ text: some StringProtocol, to columns: Int, alignment: Alignment = .left, ellipsis: String = "…",
    policy: WidthPolicy = .standard
  ) -> String {
    let width = of(text, policy: policy)
    let cut =
      width <= columns ? String(text) : truncate(text, to: columns, ellipsis: ellipsis, policy: policy)
    let cutWidth = width <= columns ? width : of(cut, policy: policy)
    let gap = String(repeating: " ", count: max(0, columns - cutWidth))
    switch alignment {
    case .left: return cut + gap
    case .right: return gap + cut
    case .center:
      let left = gap.count / 2
      return String(repeating: " ", count: left) + cut + String(repeating: " ", count: gap.count - left)
    }
  }
}

/// Horizontal alignment of text in a cell or column.
public enum Alignment: String, Sendable, Codable, Equatable {
  case left
  case right
  case center
}
