/// One terminal cell: the text drawn there (a spacing scalar plus any zero-width ones after it) and
/// its style. The right half of a wide glyph is a `continuation` cell with no text of its own.
public struct Cell: Sendable, Equatable, Hashable {
  public var text: String
  public var style: Style
  /// True for the second column of a two-column glyph; the glyph itself is in the cell to the left.
  public var isContinuation: Bool

  public init(_ text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.text = text
    self.style = style
    self.isContinuation = isContinuation
  }

  public static let blank = Cell()

  static func continuation(_ style: Style) -> Cell { Cell("", style: style, isContinuation: true) }
}
