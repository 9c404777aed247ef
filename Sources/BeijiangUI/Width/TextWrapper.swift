/// Wraps text into lines of at most a given number of columns.
///
/// Chinese text may break between any two characters; Latin words stay whole when they fit on a line
/// (a longer word is cut by columns); spaces at a break are dropped. Closing punctuation (，。、）》” ...)
/// never starts a line and opening punctuation (（《“ ...) never ends one: the neighbouring character
/// moves down with it instead, and a number moves down with the counter or unit after it (no line
/// starts with 条 after 细化18). Newlines in the text are hard breaks.
public enum TextWrapper {
  /// Closing punctuation that must not start a line.
  static let noLineStart: Set<Unicode.Scalar> = Set(
    "，。、；：！？）》」』】〕〉”’…·—%,.;:!?)]}％".unicodeScalars)
  /// Opening punctuation that must not end a line.
  static let noLineEnd: Set<Unicode.Scalar> = Set("（《「『【〔〈“‘([{".unicodeScalars)

  /// Lines of `text` that fit in `width` columns (at least one line, possibly empty).
  public static func wrap(_ text: String, width: Int, policy: WidthPolicy = .standard) -> [WrappedLine] {
    let scalars = Array(text.unicodeScalars)
    var lines: [WrappedLine] = []
    var paragraphStart = 0
    for index in 0...scalars.count where index == scalars.count || scalars[index] == "\n" {
      let tokens = tokenize(scalars, from: paragraphStart, to: index, policy: policy)
      lines += LineFiller(width: max(1, width), scalars: scalars, policy: policy).fill(
        tokens, emptyAt: paragraphStart)
      paragraphStart = index + 1
    }
    return lines
  }

  /// Splits scalars[start..<end] into break units: a Latin word, one wide character, one punctuation
  /// mark or a run of spaces. Zero-width scalars stay with the unit before them.
  static func tokenize(
    _ scalars: [Unicode.Scalar], from start: Int, to end: Int, policy: WidthPolicy
  ) -> [WrapToken] {
    var tokens: [WrapToken] = []
    var index = start
    while index < end {
      let scalar = scalars[index]
      let kind = WrapToken.Kind(scalar, width: DisplayWidth.of(scalar, policy: policy))
      var stop = index + 1
      var width = DisplayWidth.of(scalar, policy: policy)
      while stop < end {
        let next = scalars[stop]
        let nextWidth = DisplayWidth.of(next, policy: policy)
        let joins =
          nextWidth == 0
          || (kind == .word && WrapToken.Kind(next, width: nextWidth) == .word)
          || (kind == .space && next.properties.isWhitespace && nextWidth > 0)
        guard joins else { break }
        width += nextWidth
        stop += 1
      }
      tokens.append(WrapToken(range: index..<stop, width: width, kind: kind))
      index = stop
    }
    return tokens
  }
}

/// One line of wrapped text: the scalar offsets it covers in the source and its text.
public struct WrappedLine: Sendable, Equatable {
  /// Offsets of the first and past-the-last Unicode scalar of this line in the wrapped text.
  public var range: Range<Int>
  public var text: String
  public var width: Int
}

struct WrapToken: Equatable {
  enum Kind: Equatable {
    case word, wide, space, noStart, noEnd

    init(_ scalar: Unicode.Scalar, width: Int) {
      if TextWrapper.noLineStart.contains(scalar) {
        self = .noStart
      } else if TextWrapper.noLineEnd.contains(scalar) {
        self = .noEnd
      } else if scalar.properties.isWhitespace {
        self = .space
      } else if width >= 2 {
        self = .wide
      } else {
        self = .word
      }
    }
  }

  var range: Range<Int>
  var width: Int
  var kind: Kind
}

/// Greedy line filling with the punctuation rules of `TextWrapper`.
private struct LineFiller {
  let width: Int
  let scalars: [Unicode.Scalar]
  let policy: WidthPolicy
  var lines: [WrappedLine] = []
  var current: [WrapToken] = []
  var currentWidth = 0

  init(width: Int, scalars: [Unicode.Scalar], policy: WidthPolicy) {
    self.width = width
    self.scalars = scalars
    self.policy = policy
  }

  consuming func fill(_ tokens: [WrapToken], emptyAt offset: Int) -> [WrappedLine] {
    for token in tokens { place(token) }
    flush()
    if lines.isEmpty { lines.append(WrappedLine(range: offset..<offset, text: "", width: 0)) }
    return lines
  }

  private mutating func place(_ token: WrapToken) {
    if token.kind == .space && current.isEmpty && !lines.isEmpty { return }
    if currentWidth + token.width <= width {
      append(token)
    } else if token.kind == .space {
      flush()
    } else if token.width > width {
      placeOverlong(token)
    } else {
      breakBefore(token)
    }
  }

  /// Starts a new line with `token`, moving neighbours down so punctuation sits where it should.
  private mutating func breakBefore(_ token: WrapToken) {
    var carried: [WrapToken] = []
    var carriedWidth = token.width
    func canCarry(_ candidate: WrapToken?) -> Bool {
      guard let candidate, current.count > 1, candidate.kind != .space else { return false }
      return carriedWidth + candidate.width <= width
    }
    // A number goes down with the counter or unit after it (18条, 1号, 1.5万亩), digits, point and all.
    if token.kind == .wide || token.kind == .noStart, isNumberPart(current.last), canCarry(current.last),
      current.last?.range.upperBound == token.range.lowerBound
    {
      while isNumberPart(current.last), canCarry(current.last) {
        let moved = current.removeLast()
        currentWidth -= moved.width
        carried.insert(moved, at: 0)
        carriedWidth += moved.width
      }
    } else if token.kind == .noStart, canCarry(current.last) {
      let moved = current.removeLast()
      currentWidth -= moved.width
      carried.insert(moved, at: 0)
      carriedWidth += moved.width
    }
    while current.last?.kind == .noEnd, canCarry(current.last) {
      let moved = current.removeLast()
      currentWidth -= moved.width
      carried.insert(moved, at: 0)
      carriedWidth += moved.width
    }
    flush()
    for moved in carried { append(moved) }
    append(token)
  }

  /// Digits, or a decimal point or separator between digits.
  private func isNumberPart(_ token: WrapToken?) -> Bool {
    guard let token else { return false }
    let part = scalars[token.range]
    if token.kind == .word { return part.allSatisfy { ("0"..."9").contains($0) } }
    guard token.kind == .noStart, part.count == 1, part.first == "." || part.first == ",",
      token.range.lowerBound > 0, token.range.upperBound < scalars.count
    else { return false }
    let (before, after) = (scalars[token.range.lowerBound - 1], scalars[token.range.upperBound])
    return ("0"..."9").contains(before) && ("0"..."9").contains(after)
  }

  /// A word wider than a whole line: cut it by columns.
  private mutating func placeOverlong(_ token: WrapToken) {
    flush()
    var start = token.range.lowerBound
    var pieceWidth = 0
    for index in token.range {
      let scalarWidth = DisplayWidth.of(scalars[index], policy: policy)
      if pieceWidth + scalarWidth > width && index > start {
        append(WrapToken(range: start..<index, width: pieceWidth, kind: .word))
        flush()
        start = index
        pieceWidth = 0
      }
      pieceWidth += scalarWidth
    }
    append(WrapToken(range: start..<token.range.upperBound, width: pieceWidth, kind: .word))
  }

  private mutating func append(_ token: WrapToken) {
    current.append(token)
    currentWidth += token.width
  }

  private mutating func flush() {
    while current.last?.kind == .space { currentWidth -= current.removeLast().width }
    guard let first = current.first, let last = current.last else { return }
    let range = first.range.lowerBound..<last.range.upperBound
    var view = String.UnicodeScalarView()
    view.append(contentsOf: scalars[range])
    lines.append(WrappedLine(range: range, text: String(view), width: currentWidth))
    current.removeAll(keepingCapacity: true)
    currentWidth = 0
  }
}
