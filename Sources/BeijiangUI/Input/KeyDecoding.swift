extension Key {
  /// The key for a character code a terminal sends (what curses' get_wch returns with OK): tab, CR/LF,
  /// ESC, DEL/BS and Ctrl-letters become named keys; other control codes and unprintable scalars are
  /// nil (ignored), so nothing unprintable ever becomes text.
  public static func fromTerminalCharacter(_ code: UInt32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(code), WidthTable.glibcWidth(code) >= 0 else { return nil }
      return .character(Character(scalar))
    }
  }
}
