/// A part of a paragraph's text drawn in a different style (a search match, the selected mention).
public struct Highlight: Sendable, Equatable {
  /// Unicode scalar offsets into the paragraph's text.
  public var range: Range<Int>
  public var style: Style

  public init(scalarOffsets range: Range<Int>, style: Style) {
    self.range = range
    self.style = style
  }

  /// A highlight of `range`, a range of indices of `text`.
  public init(_ range: Range<String.Index>, in text: String, style: Style) {
    let scalars = text.unicodeScalars
    let start = scalars.distance(from: scalars.startIndex, to: range.lowerBound)
    self.init(
      scalarOffsets: start..<(start + scalars.distance(from: range.lowerBound, to: range.upperBound)),
      style: style)
  }
}

/// Wrapped text with highlighted ranges, scrolled by whole lines.
public enum TextBlock {
  /// Draws `text` wrapped to the area's width from line `scroll`; returns how many lines the whole text
  /// takes, so the caller can bound its scrolling.
  @discardableResult
  public static func draw(
    _ text: String, highlights: [Highlight] = [], scroll: Int = 0, area: Rect, buffer: inout Buffer,
    theme: Theme, style: Style? = nil
  ) -> Int {
    guard !area.isEmpty else { return 0 }
    let lines = TextWrapper.wrap(text, width: area.width, policy: buffer.policy)
    let first = max(0, min(scroll, lines.count - 1))
    let scalars = Array(text.unicodeScalars)
    for (row, line) in lines.dropFirst(first).prefix(area.height).enumerated() {
      drawLine(
        line, scalars: scalars, highlights: highlights, y: area.y + row, area: area,
        base: style ?? theme.base, buffer: &buffer)
    }
    return lines.count
  }

  /// Draws one wrapped line, switching style at highlight boundaries.
  private static func drawLine(
    _ line: WrappedLine, scalars: [Unicode.Scalar], highlights: [Highlight], y: Int, area: Rect, base: Style,
    buffer: inout Buffer
  ) {
    var x = area.x
    var runStart = line.range.lowerBound
    while runStart < line.range.upperBound {
      let style = styleAt(runStart, highlights: highlights, base: base)
      var runEnd = runStart + 1
      while runEnd < line.range.upperBound && styleAt(runEnd, highlights: highlights, base: base) == style {
        runEnd += 1
      }
      var run = String.UnicodeScalarView()
      run.append(contentsOf: scalars[runStart..<runEnd])
      x = buffer.put(String(run), x: x, y: y, style: style, within: area)
      runStart = runEnd
    }
  }

  private static func styleAt(_ offset: Int, highlights: [Highlight], base: Style) -> Style {
    highlights.reduce(base) { style, highlight in
      highlight.range.contains(offset) ? style.patched(with: highlight.style) : style
    }
  }
}
