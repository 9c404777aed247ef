/// Keeps control characters and escape sequences from ever reaching the terminal.
///
/// Text comes from documents we do not control; an `ESC [ 2 J` inside an article must show as a
/// harmless mark, not clear the screen. Every scalar glibc calls unprintable (C0, DEL, C1, unassigned,
/// noncharacters) becomes U+FFFD; tab, newline and carriage return become a space because callers
/// lay out single lines.
public enum TextSanitizer {
  /// What an unprintable scalar is drawn as.
  public static let substitute: Unicode.Scalar = "\u{FFFD}"

  /// The scalar the buffer stores in place of `scalar`, or nil for NUL, which is dropped: it is what
  /// C strings end with, never content.
  public static func sanitize(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return scalar }
    if value == 0 { return nil }
    if value == 0x09 || value == 0x0A || value == 0x0D { return " " }
    return WidthTable.glibcWidth(value) < 0 ? substitute : scalar
  }

  /// The whole string with every unprintable scalar replaced and NUL removed.
  public static func sanitize(_ text: some StringProtocol) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if let safe = sanitize(scalar) { scalars.append(safe) }
    }
    return String(scalars)
  }
}
