/// A terminal colour: the terminal's default, one of the 16 named colours, or an index in the
/// 256-colour palette.
public enum Color: Sendable, Codable, Equatable, Hashable {
  case `default`
  case named(NamedColor)
  case indexed(UInt8)

  public static let black = Color.named(.black)
  public static let red = Color.named(.red)
  public static let green = Color.named(.green)
  public static let yellow = Color.named(.yellow)
  public static let blue = Color.named(.blue)
  public static let magenta = Color.named(.magenta)
  public static let cyan = Color.named(.cyan)
  public static let white = Color.named(.white)
  public static let brightBlack = Color.named(.brightBlack)
  public static let brightWhite = Color.named(.brightWhite)

  /// The same colour on a terminal with `depth` colours: 256-colour indices fall back to the
  /// nearest of the 16 named colours, and everything becomes `.default` with no colour.
  public func reduced(to depth: ColorDepth) -> Color {
    switch (self, depth) {
    case (_, .none): return .default
    case (.indexed(let index), .ansi16): return .named(NamedColor.nearest(toIndex: index))
    default: return self
    }
  }

  /// The palette index curses uses (-1 for the default colour).
  public var paletteIndex: Int {
    switch self {
    case .default: return -1
    case .named(let named): return named.rawValue
    case .indexed(let index): return Int(index)
    }
  }
}

/// The 16 ANSI colours, numbered as in the terminal palette.
public enum NamedColor: Int, Sendable, Codable, Equatable, Hashable, CaseIterable {
  case black, red, green, yellow, blue, magenta, cyan, white
  case brightBlack, brightRed, brightGreen, brightYellow, brightBlue, brightMagenta, brightCyan, brightWhite

  /// The named colour closest to a 256-palette index (the 6x6x6 cube and the grey ramp).
  static func nearest(toIndex index: UInt8) -> NamedColor {
    if index < 16 { return NamedColor(rawValue: Int(index))! }
    let (red, green, blue): (Int, Int, Int)
    if index >= 232 {
      let level = Int(index - 232) * 10 + 8
      (red, green, blue) = (level, level, level)
    } else {
      let cube = Int(index) - 16
      let steps = [0, 95, 135, 175, 215, 255]
      (red, green, blue) = (steps[cube / 36], steps[(cube / 6) % 6], steps[cube % 6])
    }
    let bright = max(red, green, blue) > 175
    let bits = (red > 95 ? 1 : 0) | (green > 95 ? 2 : 0) | (blue > 95 ? 4 : 0)
    if bits == 0 { return bright ? .brightBlack : (max(red, green, blue) > 60 ? .brightBlack : .black) }
    if bits == 7 { return bright ? .brightWhite : .white }
    return NamedColor(rawValue: bits + (bright ? 8 : 0))!
  }
}

/// How many colours the terminal shows.
public enum ColorDepth: String, Sendable, Codable, Equatable, CaseIterable {
  case none
  case ansi16
  case palette256

  /// The depth for a terminal reporting `colors` colours (curses' COLORS).
  public init(colorCount colors: Int) {
    self = colors >= 256 ? .palette256 : (colors >= 8 ? .ansi16 : .none)
  }
}
