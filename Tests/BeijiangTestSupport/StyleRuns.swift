import BeijiangUI

/// A buffer's styles as text for golden files: one line per run of cells in the same style that is
/// not plain, `row column+width style "text"`, such as `3 0+6 fg=yellow bold "1 总览"`. Plain cells
/// are left out, so the file lists exactly what is highlighted, coloured or dimmed.
public enum StyleRuns {
  public static func of(_ buffer: Buffer) -> String {
    var lines: [String] = []
    for y in 0..<buffer.height {
      var x = 0
      while x < buffer.width {
        let style = buffer[x, y].style
        var end = x + 1
        while end < buffer.width && buffer[end, y].style == style { end += 1 }
        if style != .plain { lines.append(line(buffer, y: y, from: x, to: end, style: style)) }
        x = end
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  private static func line(_ buffer: Buffer, y: Int, from start: Int, to end: Int, style: Style) -> String {
    var text = ""
    for x in start..<end where !buffer[x, y].isContinuation { text += buffer[x, y].text }
    return "\(y) \(start)+\(end - start) \(describe(style)) \"\(text)\""
  }

  static func describe(_ style: Style) -> String {
    var parts: [String] = []
    if style.foreground != .default { parts.append("fg=\(name(style.foreground))") }
    if style.background != .default { parts.append("bg=\(name(style.background))") }
    let attributes: [(Attributes, String)] = [
      (.bold, "bold"), (.dim, "dim"), (.underline, "underline"), (.reverse, "reverse"), (.italic, "italic"),
    ]
    parts += attributes.filter { style.attributes.contains($0.0) }.map(\.1)
    return parts.joined(separator: " ")
  }

  private static func name(_ color: Color) -> String {
    switch color {
    case .default: "default"
    case .named(let named): "\(named)"
    case .indexed(let index): "\(index)"
    }
  }
}
