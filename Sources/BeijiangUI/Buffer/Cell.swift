/// One terminal cell: the glyph drawn there (a spacing scalar plus up to four zero-width ones after
/// it) and its style. The right half of a wide glyph is a `continuation` cell with no text of its own.
///
/// Stored inline with no references, so a 200x50 frame is copied and compared without reference
/// counting (measured: a String per cell made frames three times slower).
public struct Cell: Sendable, Equatable, Hashable {
  /// The spacing scalar's value; 0 in a continuation cell.
  private var base: UInt32
  /// Up to four zero-width scalars (0 = none), as curses' cchar_t holds five in all.
  private var marks: (UInt32, UInt32, UInt32, UInt32)
  public var style: Style
  /// True for the second column of a two-column glyph; the glyph itself is in the cell to the left.
  public private(set) var isContinuation: Bool

  public init(_ text: String = " ", style: Style = .plain, isContinuation: Bool = false) {
    base = 0x20
    marks = (0, 0, 0, 0)
    self.style = style
    self.isContinuation = isContinuation
    if isContinuation {
      base = 0
      return
    }
    var scalars = text.unicodeScalars.makeIterator()
    if let first = scalars.next() { base = first.value }
    while let mark = scalars.next(), appendMark(mark) {}
  }

  init(scalar: Unicode.Scalar, style: Style) {
    base = scalar.value
    marks = (0, 0, 0, 0)
    self.style = style
    isContinuation = false
  }

  public static let blank = Cell()

  static func continuation(_ style: Style) -> Cell { Cell("", style: style, isContinuation: true) }

  /// The glyph's scalars: the spacing one, then any zero-width ones. Empty for a continuation cell.
  public var scalars: [Unicode.Scalar] {
    guard !isContinuation else { return [] }
    return [base, marks.0, marks.1, marks.2, marks.3].prefix { $0 != 0 }.compactMap(Unicode.Scalar.init)
  }

  /// The glyph as a string ("" for a continuation cell).
  public var text: String {
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars)
    return String(view)
  }

  /// Adds a zero-width scalar after the glyph; false when the cell is full.
  @discardableResult
  mutating func appendMark(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if marks.0 == 0 {
      marks.0 = value
    } else if marks.1 == 0 {
      marks.1 = value
    } else if marks.2 == 0 {
      marks.2 = value
    } else if marks.3 == 0 {
      marks.3 = value
    } else {
      return false
    }
    return true
  }

  public static func == (lhs: Cell, rhs: Cell) -> Bool {
    lhs.base == rhs.base && lhs.marks == rhs.marks && lhs.style == rhs.style
      && lhs.isContinuation == rhs.isContinuation
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(base)
    hasher.combine(marks.0)
    hasher.combine(marks.1)
    hasher.combine(style)
    hasher.combine(isContinuation)
  }
}
