import BeijiangUI

/// How the dashboard looks and reads, from options, the config file and the environment.
public struct DashboardSettings: Sendable, Equatable {
  public var language: Language
  public var themeName: Theme.Name
  public var depth: ColorDepth
  public var ascii: Bool
  public var ambiguousWide: Bool
  public var keymap: Keymap
  /// `y` copies to the terminal's clipboard (OSC 52); `clipboard = false` in settings.conf stops it.
  public var clipboard: Bool

  public init(
    language: Language = .zh, themeName: Theme.Name = .dark, depth: ColorDepth = .palette256,
    ascii: Bool = false,
    ambiguousWide: Bool = false, keymap: Keymap = .dashboard, clipboard: Bool = true
  ) {
    self.clipboard = clipboard
    self.language = language
    self.themeName = themeName
    self.depth = depth
    self.ascii = ascii
    self.ambiguousWide = ambiguousWide
    self.keymap = keymap
  }

  public var theme: Theme {
    Theme.named(themeName, depth: depth, glyphs: ascii || ambiguousWide ? .ascii : .unicode)
  }
  public var policy: WidthPolicy { ambiguousWide ? .ambiguousWide : .standard }
}
