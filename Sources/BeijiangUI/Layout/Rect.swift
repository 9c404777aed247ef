/// A rectangle of cells: origin at the top left, sizes never negative.
public struct Rect: Sendable, Codable, Hashable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

  public var right: Int { x + width }
  public var bottom: Int { y + height }
  public var isEmpty: Bool { width == 0 || height == 0 }

  public func contains(x px: Int, y py: Int) -> Bool {
    px >= x && px < right && py >= y && py < bottom
  }

  public func intersection(_ other: Rect) -> Rect {
    let left = max(x, other.x)
    let top = max(y, other.y)
    return Rect(
      x: left, y: top, width: min(right, other.right) - left, height: min(bottom, other.bottom) - top)
  }

  /// The rectangle shrunk by the given margins (never below zero size).
  public func inset(top: Int = 0, left: Int = 0, bottom: Int = 0, right: Int = 0) -> Rect {
    Rect(x: x + left, y: y + top, width: width - left - right, height: height - top - bottom)
  }

  public func inset(by margin: Int) -> Rect {
    inset(top: margin, left: margin, bottom: margin, right: margin)
  }

  /// A rectangle of at most `width` x `height` centred in this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let fitWidth = min(w, width)
    let fitHeight = min(h, height)
    return Rect(
      x: x + (width - fitWidth) / 2, y: y + (height - fitHeight) / 2, width: fitWidth, height: fitHeight)
  }

  /// Row `index` of this rectangle as a one-row rectangle.
  public func row(_ index: Int) -> Rect { Rect(x: x, y: y + index, width: width, height: 1) }
}
