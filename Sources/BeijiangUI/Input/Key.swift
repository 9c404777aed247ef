/// A key press, decoded from the terminal.
public enum Key: Sendable, Hashable {
  /// A printable character (letters keep their case: `G` is shift-g).
  case character(Character)
  /// Ctrl with a letter, lower case: `.ctrl("u")` is Ctrl-U.
  case ctrl(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case enter, escape, tab, backTab, backspace, delete, insert
  /// F1 ... F24.
  case function(Int)

  /// The name used in keymap files and help text: `j`, `G`, `ctrl-u`, `shift-tab`, `pgdn`, `f1`.
  public var name: String {
    switch self {
    case .character(" "): return "space"
    case .character(let c): return String(c)
    case .ctrl(let c): return "ctrl-\(c)"
    case .up: return "up"
    case .down: return "down"
    case .left: return "left"
    case .right: return "right"
    case .home: return "home"
    case .end: return "end"
    case .pageUp: return "pgup"
    case .pageDown: return "pgdn"
    case .enter: return "enter"
    case .escape: return "esc"
    case .tab: return "tab"
    case .backTab: return "shift-tab"
    case .backspace: return "backspace"
    case .delete: return "delete"
    case .insert: return "insert"
    case .function(let n): return "f\(n)"
    }
  }

  /// A short label for hint bars and help: arrows as ← → ↑ ↓, Ctrl as ^.
  public var label: String {
    switch self {
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    case .ctrl(let c): return "^" + c.uppercased()
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .tab: return "Tab"
    case .backTab: return "S-Tab"
    case .home: return "Home"
    case .end: return "End"
    case .function(let n): return "F\(n)"
    default: return name
    }
  }

  /// Parses a key name as written in keymap files (see `name`); also accepts `escape`, `return`,
  /// `backtab`, `pageup`/`pagedown`, `c-x` and `^x` for Ctrl, and a quoted single character (`"#"`).
  public init?(name raw: String) {
    var text = raw
    if text.count == 3, text.first == "\"", text.last == "\"" { text = String(text.dropFirst().dropLast()) }
    if text.count == 1, let c = text.first {
      if let ascii = c.asciiValue, ascii < 0x20 || ascii == 0x7F { return nil }
      self = .character(c)
      return
    }
    let lower = text.lowercased()
    if let named = Key.named[lower] {
      self = named
      return
    }
    for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
      let rest = lower.dropFirst(prefix.count)
      guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
      self = .ctrl(c)
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self = .function(n)
      return
    }
    return nil
  }

  private static let named: [String: Key] = [
    "space": .character(" "), "equals": .character("="), "hash": .character("#"),
    "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
    "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown,
    "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
    "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "delete": .delete,
    "insert": .insert,
  ]
}

extension Key: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let key = Key(name: text) else {
      throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown key name \(text)")
    }
    self = key
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(name)
  }
}
