/// How much of a split one part takes.
public enum Constraint: Sendable, Codable, Hashable {
  /// Exactly this many cells (less only when the whole area is too small).
  case fixed(Int)
  /// numerator/denominator of the whole length.
  case ratio(Int, Int)
  /// At least this many cells; shares what is left over with the other flexible parts.
  case min(Int)
  /// Whatever is left over, shared equally with other `fill` and `min` parts.
  case fill
}

public enum Direction: Sendable, Codable, Hashable {
  /// Parts side by side, left to right.
  case horizontal
  /// Parts stacked, top to bottom.
  case vertical
}

public enum Layout {
  /// Splits `rect` into one part per constraint, `spacing` cells apart. When the parts do not fit, the
  /// last ones shrink first; when space is left over it goes to `min` and `fill` parts.
  public static func split(
    _ rect: Rect, _ direction: Direction, _ constraints: [Constraint], spacing: Int = 0
  ) -> [Rect] {
    guard !constraints.isEmpty else { return [] }
    let total = direction == .horizontal ? rect.width : rect.height
    let sizes = lengths(total: max(0, total - spacing * (constraints.count - 1)), constraints)
    var offset = 0
    return sizes.map { size in
      defer { offset += size + spacing }
      let start = Swift.min(offset, total)
      let length = Swift.max(0, Swift.min(size, total - start))
      switch direction {
      case .horizontal: return Rect(x: rect.x + start, y: rect.y, width: length, height: rect.height)
      case .vertical: return Rect(x: rect.x, y: rect.y + start, width: rect.width, height: length)
      }
    }
  }

  /// The length of each part for a total of `total` cells.
  static func lengths(total: Int, _ constraints: [Constraint]) -> [Int] {
    var sizes = constraints.map { constraint -> Int in
      switch constraint {
      case .fixed(let n), .min(let n): return Swift.max(0, n)
      case .ratio(let numerator, let denominator):
        return denominator > 0 ? total * numerator / denominator : 0
      case .fill: return 0
      }
    }
    var remaining = total - sizes.reduce(0, +)
    let flexible = constraints.indices.filter {
      switch constraints[$0] {
      case .min, .fill: return true
      default: return false
      }
    }
    if remaining > 0 && !flexible.isEmpty {
      let share = remaining / flexible.count
      for (order, index) in flexible.enumerated() {
        sizes[index] += share + (order < remaining % flexible.count ? 1 : 0)
      }
      remaining = 0
    }
    var index = sizes.count - 1
    while remaining < 0 && index >= 0 {
      let cut = Swift.min(sizes[index], -remaining)
      sizes[index] -= cut
      remaining += cut
      index -= 1
    }
    return sizes
  }
}

extension Rect {
  /// Parts side by side; see `Layout.split`.
  public func columns(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    Layout.split(self, .horizontal, constraints, spacing: spacing)
  }

  /// Parts stacked top to bottom; see `Layout.split`.
  public func rows(_ constraints: [Constraint], spacing: Int = 0) -> [Rect] {
    Layout.split(self, .vertical, constraints, spacing: spacing)
  }
}
