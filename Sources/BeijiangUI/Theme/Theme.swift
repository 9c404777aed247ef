/// Named styles for every part of the interface, plus the glyphs chrome is drawn with.
///
/// Widgets only ask the theme for a role (`selection`, `title` ...), so a monochrome theme can express
/// selection with reverse video and emphasis with bold and underline, and still be readable.
public struct Theme: Sendable, Equatable {
  public enum Name: String, Sendable, Codable, CaseIterable {
    case dark, light, monochrome
  }

  public var name: Name
  public var depth: ColorDepth
  public var glyphs: Glyphs

  public var base: Style
  public var border: Style
  public var focusedBorder: Style
  public var title: Style
  public var tabActive: Style
  public var tabInactive: Style
  public var header: Style
  public var selection: Style
  public var emphasis: Style
  public var muted: Style
  /// Marks found or referenced text (search matches, the selected mention in a paragraph).
  public var highlight: Style
  public var bar: Style
  public var gaugeFilled: Style
  public var gaugeEmpty: Style
  public var hintKey: Style
  public var hintLabel: Style
  public var warning: Style

  /// The theme called `name` for a terminal with `depth` colours; with no colour every theme falls
  /// back to monochrome, whose styles use attributes only.
  public static func named(_ name: Name, depth: ColorDepth, glyphs: Glyphs = .unicode) -> Theme {
    if depth == .none || name == .monochrome { return monochrome(glyphs: glyphs) }
    return name == .dark ? dark(depth: depth, glyphs: glyphs) : light(depth: depth, glyphs: glyphs)
  }

  public static func dark(depth: ColorDepth = .palette256, glyphs: Glyphs = .unicode) -> Theme {
    let accent: Color = depth == .palette256 ? .indexed(75) : .cyan
    let soft: Color = depth == .palette256 ? .indexed(245) : .brightBlack
    let panel: Color = depth == .palette256 ? .indexed(238) : .brightBlack
    let gold: Color = depth == .palette256 ? .indexed(179) : .yellow
    return Theme(
      name: .dark, depth: depth, glyphs: glyphs,
      base: .plain,
      border: Style(foreground: soft),
      focusedBorder: Style(foreground: accent),
      title: Style(foreground: accent, attributes: .bold),
      tabActive: Style(foreground: .black, background: accent, attributes: .bold),
      tabInactive: Style(foreground: soft),
      header: Style(foreground: gold, attributes: .bold),
      selection: Style(foreground: .brightWhite, background: panel, attributes: .bold),
      emphasis: Style(foreground: gold, attributes: .bold),
      muted: Style(foreground: soft),
      highlight: Style(foreground: .black, background: gold),
      bar: Style(foreground: accent),
      gaugeFilled: Style(foreground: .green),
      gaugeEmpty: Style(foreground: soft),
      hintKey: Style(foreground: .black, background: soft, attributes: .bold),
      hintLabel: Style(foreground: soft),
      warning: Style(foreground: .red, attributes: .bold)
    ).reduced(to: depth)
  }

  public static func light(depth: ColorDepth = .palette256, glyphs: Glyphs = .unicode) -> Theme {
    let accent: Color = depth == .palette256 ? .indexed(25) : .blue
    let soft: Color = depth == .palette256 ? .indexed(242) : .brightBlack
    let panel: Color = depth == .palette256 ? .indexed(153) : .cyan
    let deep: Color = depth == .palette256 ? .indexed(130) : .magenta
    return Theme(
      name: .light, depth: depth, glyphs: glyphs,
      base: .plain,
      border: Style(foreground: soft),
      focusedBorder: Style(foreground: accent),
      title: Style(foreground: accent, attributes: .bold),
      tabActive: Style(foreground: .brightWhite, background: accent, attributes: .bold),
      tabInactive: Style(foreground: soft),
      header: Style(foreground: deep, attributes: .bold),
      selection: Style(foreground: .black, background: panel, attributes: .bold),
      emphasis: Style(foreground: deep, attributes: .bold),
      muted: Style(foreground: soft),
      highlight: Style(foreground: .black, background: .yellow),
      bar: Style(foreground: accent),
      gaugeFilled: Style(foreground: .green),
      gaugeEmpty: Style(foreground: soft),
      hintKey: Style(foreground: .brightWhite, background: soft, attributes: .bold),
      hintLabel: Style(foreground: soft),
      warning: Style(foreground: .red, attributes: .bold)
    ).reduced(to: depth)
  }

  /// No colour at all: selection is reverse video, emphasis bold, highlights reverse and underline.
  public static func monochrome(glyphs: Glyphs = .unicode) -> Theme {
    Theme(
      name: .monochrome, depth: .none, glyphs: glyphs,
      base: .plain,
      border: .plain,
      focusedBorder: Style(attributes: .bold),
      title: Style(attributes: .bold),
      tabActive: Style(attributes: [.reverse, .bold]),
      tabInactive: .plain,
      header: Style(attributes: [.bold, .underline]),
      selection: Style(attributes: [.reverse, .bold]),
      emphasis: Style(attributes: .bold),
      muted: Style(attributes: .dim),
      highlight: Style(attributes: [.reverse, .underline]),
      bar: .plain,
      gaugeFilled: .plain,
      gaugeEmpty: Style(attributes: .dim),
      hintKey: Style(attributes: .reverse),
      hintLabel: .plain,
      warning: Style(attributes: [.bold, .underline]))
  }

  /// Every colour mapped to what a terminal with `depth` colours can show.
  func reduced(to depth: ColorDepth) -> Theme {
    var copy = self
    for path in Self.stylePaths {
      let style = copy[keyPath: path]
      copy[keyPath: path] = Style(
        foreground: style.foreground.reduced(to: depth), background: style.background.reduced(to: depth),
        attributes: style.attributes)
    }
    return copy
  }

  static var stylePaths: [WritableKeyPath<Theme, Style>] {
    [
      \.base, \.border, \.focusedBorder, \.title, \.tabActive, \.tabInactive, \.header, \.selection,
      \.emphasis, \.muted, \.highlight, \.bar, \.gaugeFilled, \.gaugeEmpty, \.hintKey, \.hintLabel,
      \.warning,
    ]
  }
}
