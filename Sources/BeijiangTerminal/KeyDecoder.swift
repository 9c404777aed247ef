import BeijiangUI
import CNcursesw

/// Turns what get_wch returns into `Key`s.
enum KeyDecoder {
  /// A character get_wch returned with OK: controls become named keys, Ctrl-letters `.ctrl`, and
  /// other control codes are dropped.
  static func character(_ code: Int32) -> Key? {
    switch code {
    case 9: return .tab
    case 10, 13: return .enter
    case 27: return .escape
    case 8, 127: return .backspace
    case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(code) + 0x60)))
    case 0..<32: return nil
    default:
      guard let scalar = Unicode.Scalar(UInt32(bitPattern: code)), code >= 0x20 else { return nil }
      guard WidthTable.glibcWidth(scalar.value) >= 0 else { return nil }
      return .character(Character(scalar))
    }
  }

  /// A key code get_wch returned with KEY_CODE_YES.
  static func keyCode(_ code: Int32) -> Key? {
    switch code {
    case Int32(CN_KEY_UP): return .up
    case Int32(CN_KEY_DOWN): return .down
    case Int32(CN_KEY_LEFT): return .left
    case Int32(CN_KEY_RIGHT): return .right
    case Int32(CN_KEY_HOME): return .home
    case Int32(CN_KEY_END): return .end
    case Int32(CN_KEY_PPAGE): return .pageUp
    case Int32(CN_KEY_NPAGE): return .pageDown
    case Int32(CN_KEY_ENTER): return .enter
    case Int32(CN_KEY_BACKSPACE): return .backspace
    case Int32(CN_KEY_BTAB): return .backTab
    case Int32(CN_KEY_DC): return .delete
    case Int32(CN_KEY_IC): return .insert
    case (Int32(CN_KEY_F0) + 1)...(Int32(CN_KEY_F0) + 24): return .function(Int(code - Int32(CN_KEY_F0)))
    default: return nil
    }
  }
}
