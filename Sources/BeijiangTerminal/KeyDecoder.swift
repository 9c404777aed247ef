import BeijiangUI
import CNcursesw

/// Turns what get_wch returns into `Key`s.
enum KeyDecoder {
  /// A character get_wch returned with OK (see `Key.fromTerminalCharacter`).
  static func character(_ code: Int32) -> Key? {
    code < 0 ? nil : Key.fromTerminalCharacter(UInt32(code))
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
