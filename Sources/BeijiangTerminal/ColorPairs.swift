import BeijiangUI
import CNcursesw

/// Curses colour pairs, allocated on first use for each (foreground, background) a frame needs.
struct ColorPairs {
  private struct Key: Hashable {
    var foreground: Int
    var background: Int
  }

  private var numbers: [Key: Int16] = [:]
  private var next: Int32 = 1

  /// The pair for these colours on a terminal with `depth` colours; 0 (the default pair) when there is
  /// no colour or the pairs are used up.
  mutating func pair(foreground: Color, background: Color, depth: ColorDepth) -> Int16 {
    guard depth != .none else { return 0 }
    let key = Key(
      foreground: foreground.reduced(to: depth).paletteIndex,
      background: background.reduced(to: depth).paletteIndex)
    if key.foreground == -1 && key.background == -1 { return 0 }
    if let number = numbers[key] { return number }
    guard next < min(cn_color_pairs(), Int32(Int16.max)) else { return 0 }
    guard cn_init_pair(next, Int32(key.foreground), Int32(key.background)) == CN_OK else { return 0 }
    let number = Int16(next)
    numbers[key] = number
    next += 1
    return number
  }
}
