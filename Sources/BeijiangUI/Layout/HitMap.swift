/// Which thing a cell of a frame shows, recorded while the frame is drawn, so a click is resolved
/// against what the person saw rather than by drawing the screen again.
public struct HitMap<Target: Sendable & Equatable>: Sendable, Equatable {
  public private(set) var regions: [Region] = []

  public struct Region: Sendable, Equatable {
    public var rect: Rect
    public var target: Target
  }

  public init() {}

  /// Records `target` under `rect`; later regions lie on top of earlier ones.
  public mutating func add(_ rect: Rect, _ target: Target) {
    guard !rect.isEmpty else { return }
    regions.append(Region(rect: rect, target: target))
  }

  /// The topmost target under (x, y), if any.
  public func target(at x: Int, _ y: Int) -> Target? {
    regions.last { $0.rect.contains(x: x, y: y) }?.target
  }
}
