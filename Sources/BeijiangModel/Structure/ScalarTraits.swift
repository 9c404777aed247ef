extension Unicode.Scalar {
  /// White space, as `properties.isWhitespace`, answered without a table lookup for ASCII and for
  /// CJK ideographs: the structure step asks this of every scalar, and the Unicode property lookup
  /// was a quarter of its time.
  var isSpace: Bool {
    switch value {
    case 0x20, 0x09...0x0D, 0x3000: return true
    // ASCII, CJK ideographs, general punctuation (… “ ” —), CJK punctuation, fullwidth forms.
    case 0..<0x80, 0x4E00...0x9FFF, 0x2010...0x2027, 0x3001...0x303F, 0xFF00...0xFFEF: return false
    default: return properties.isWhitespace
    }
  }

  /// Punctuation of any kind (general categories P*), with the same fast paths.
  var isPunctuationMark: Bool {
    switch value {
    case 0x21...0x23, 0x25...0x2A, 0x2C...0x2F, 0x3A, 0x3B, 0x3F, 0x40, 0x5B...0x5D, 0x5F, 0x7B, 0x7D:
      return true
    // The Chinese marks of almost every sentence: ，。、：；！？（）《》“”‘’—…
    case 0xFF0C, 0x3002, 0x3001, 0xFF1A, 0xFF1B, 0xFF01, 0xFF1F, 0xFF08, 0xFF09, 0x300A, 0x300B, 0x201C,
      0x201D, 0x2018, 0x2019, 0x2014, 0x2026:
      return true
    case 0..<0x80, 0x4E00...0x9FFF: return false
    default:
      switch properties.generalCategory {
      case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
        .finalPunctuation, .otherPunctuation:
        return true
      default:
        return false
      }
    }
  }
}

extension ArraySlice where Element == Unicode.Scalar {
  /// The slice without Unicode white space (including the ideographic space U+3000) at either end;
  /// empty when it is all white space.
  var trimmingWhitespace: ArraySlice<Unicode.Scalar> {
    guard let first = firstIndex(where: { !$0.isSpace }), let last = lastIndex(where: { !$0.isSpace }) else {
      return self[endIndex...]
    }
    return self[first...last]
  }
}
