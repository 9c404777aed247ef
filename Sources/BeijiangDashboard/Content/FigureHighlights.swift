import BeijiangModel

/// What the overview shows of one project's figures, kept up to date as figures are added rather
/// than found by walking every figure on every frame: the key figures ranked as in the brief, the
/// headline targets, and the largest headline figure of each dimension. Positions are indices into
/// the digest's `metrics`.
struct FigureHighlights: Sendable, Equatable {
  /// Per subject (`subjectKey`), the headline figure `KeyFigureRanking` puts first.
  private var bestOfSubject: [String: Int] = [:]
  /// `bestOfSubject`'s figures in ranked order: the key figures, best first, one per subject.
  private(set) var keyFigures: [Int] = []
  private var rankIsStale = false
  /// Headline figures that are targets, in text order.
  private(set) var targets: [Int] = []
  /// Per dimension other than counts, the first of the largest headline figures.
  private(set) var largestOfDimension: [String: Int] = [:]
  /// Those dimensions in the order their first figure came.
  private(set) var dimensions: [String] = []

  /// Takes in `metrics[position]`, the figure just appended; call `rank` after a batch.
  mutating func add(at position: Int, in metrics: DigestRows<MetricItem>) {
    let quantity = metrics[position].metric.quantity
    guard quantity.isHeadlineFigure else { return }
    if quantity.role.isForwardLooking { targets.append(position) }
    guard let size = quantity.magnitude else { return }
    if let dimension = quantity.dimension, dimension != "count" {
      if let current = largestOfDimension[dimension] {
        if size > (metrics[current].metric.quantity.magnitude ?? 0) {
          largestOfDimension[dimension] = position
        }
      } else {
        largestOfDimension[dimension] = position
        dimensions.append(dimension)
      }
    }
    let subject = quantity.subjectKey
    if let current = bestOfSubject[subject] {
      // The same rule as the brief's, between the figure kept so far (earlier in text) and this one.
      let pair = [metrics[current].metric.quantity, quantity]
      guard KeyFigureRanking.rank(pair, limit: 1) == [1] else { return }
    }
    bestOfSubject[subject] = position
    rankIsStale = true
  }

  /// Orders the key figures after figures were added: one figure per subject, so ranking them
  /// gives what ranking every headline figure would.
  mutating func rank(in metrics: DigestRows<MetricItem>) {
    guard rankIsStale else { return }
    let best = bestOfSubject.values.sorted()
    keyFigures = KeyFigureRanking.rank(best.map { metrics[$0].metric.quantity }, limit: best.count).map {
      best[$0]
    }
    rankIsStale = false
  }
}
